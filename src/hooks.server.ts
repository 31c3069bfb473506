/**
 * Runs when pages are prerendered. The three Marianne faces the first screen uses are preloaded:
 * without it the browser discovers them only after parsing the stylesheet and laying out the
 * page, and paints the text late. The other faces (light, italics, Spectral) are rare and load
 * when a page needs them.
 */
import type { Handle } from '@sveltejs/kit';

const FIRST_SCREEN_FONT = /\/Marianne-(Regular|Medium|Bold)\.[\w-]+\.woff2$/;

/** SvelteKit's default (JS and CSS) plus the first screen's fonts. */
export function preloadAsset({ type, path }: { type: 'js' | 'css' | 'font' | 'asset'; path: string }): boolean {
	return type === 'js' || type === 'css' || (type === 'font' && FIRST_SCREEN_FONT.test(path));
}

export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: preloadAsset });

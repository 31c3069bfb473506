/**
 * Our own French documents of `docs/` rendered to HTML at build time, for the pages
 * that publish them (/donnees, /methodologie).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import { projectRoot } from './extracts-dir';

/** Each table in a DSFR table container: a wide one scrolls inside it, never the page (src/lib/components/tables/scroll-container.ts marks it). */
export function wrapTables(html: string): string {
	return html.replace(/<table>([\s\S]*?)<\/table>/g, '<div class="fr-table fr-table--no-caption-top"><div class="fr-table__wrapper"><div class="fr-table__container"><div class="fr-table__content"><table>$1</table></div></div></div></div>');
}

/**
 * @param file name in `docs/`, e.g. `methodologie.md`
 * @param demote levels to lower every heading by, so the document sits under the page's own headings
 * @returns HTML without the document's `# title` (the page has its own h1)
 */
export function renderDoc(file: string, demote = 0): string {
	const markdown = readFileSync(join(projectRoot(), 'docs', file), 'utf8').replace(/^# .*\n/, '');
	const shifted = demote > 0 ? markdown.replace(/^(#{2,5}) /gm, `${'#'.repeat(demote)}$1 `) : markdown;
	return wrapTables(marked.parse(shifted, { async: false }));
}

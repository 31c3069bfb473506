import { goto } from '$app/navigation';
import { page } from '$app/state';

/**
 * Moves the browser to the same page with another query, as a new history entry
 * (so back/forward walk through views), keeping focus and scroll position.
 */
export function navigateToQuery(query: string): Promise<void> {
	return goto(`${page.url.pathname}${query}`, { replaceState: false, keepFocus: true, noScroll: true });
}

import { goto } from '$app/navigation';
import { page } from '$app/state';
import { keepSorts } from './sort-query';

/**
 * Moves the browser to the same page with another query, as a new history entry
 * (so back/forward walk through views), keeping focus and scroll position, and the
 * tables' sorts (`tri`). Reads `location`: a sort's own URL update does not refresh `page.url`.
 */
export function navigateToQuery(query: string): Promise<void> {
	return goto(`${page.url.pathname}${keepSorts(query, new URLSearchParams(location.search))}`, { replaceState: false, keepFocus: true, noScroll: true });
}

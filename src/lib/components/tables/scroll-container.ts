/**
 * A table wider than its column scrolls in its DSFR container. Attached to that container, this
 * makes the overflow visible and reachable: while the table is wider than the container, the
 * container is a named, focusable region (arrow keys scroll it; RGAA 7.3, axe
 * `scrollable-region-focusable`) and its parent carries `data-defile="droite|gauche|deux"`,
 * which draws a shadow on the side where more columns are hidden. Nothing changes for a table
 * that fits.
 */
import type { Attachment } from 'svelte/attachments';

/** Which sides hide columns, from the container's scroll metrics; null when the table fits. */
export function hiddenSides(scrollLeft: number, scrollWidth: number, clientWidth: number): 'droite' | 'gauche' | 'deux' | null {
	// A pixel of rounding is not an overflow (sub-pixel widths of the cells).
	if (scrollWidth - clientWidth <= 1) return null;
	const left = scrollLeft > 1;
	const right = scrollLeft + clientWidth < scrollWidth - 1;
	return left && right ? 'deux' : left ? 'gauche' : 'droite';
}

/** @param label the table's caption: names the region « Tableau défilant : <caption> ». */
export function scrollContainer(label: string): Attachment<HTMLElement> {
	return (container) => {
		const marked = container.parentElement ?? container;
		const update = () => {
			const sides = hiddenSides(container.scrollLeft, container.scrollWidth, container.clientWidth);
			if (sides) {
				marked.dataset.defile = sides;
				container.tabIndex = 0;
				container.setAttribute('role', 'region');
				container.setAttribute('aria-label', `Tableau défilant horizontalement : ${label}`);
			} else {
				delete marked.dataset.defile;
				container.removeAttribute('tabindex');
				container.removeAttribute('role');
				container.removeAttribute('aria-label');
			}
		};
		update();
		const resized = new ResizeObserver(update);
		resized.observe(container);
		const table = container.querySelector('table');
		if (table) resized.observe(table);
		container.addEventListener('scroll', update, { passive: true });
		return () => {
			resized.disconnect();
			container.removeEventListener('scroll', update);
		};
	};
}

/**
 * For HTML the page does not draw itself (a document rendered from Markdown): every DSFR table
 * container under the element, named after the nearest heading before it.
 */
export const scrollContainersIn: Attachment<HTMLElement> = (root) => {
	const cleanups = [...root.querySelectorAll<HTMLElement>('.fr-table__container')].map((container) => {
		const table = container.querySelector('table');
		const caption = table?.querySelector('caption')?.textContent?.trim();
		return scrollContainer(caption || precedingHeading(container) || 'tableau')(container);
	});
	return () => cleanups.forEach((cleanup) => typeof cleanup === 'function' && cleanup());
};

/** Text of the last heading before `el` in document order, within its root. */
function precedingHeading(el: Element): string | null {
	let node: Element | null = el.closest('.fr-table') ?? el;
	while (node) {
		let sibling = node.previousElementSibling;
		while (sibling) {
			if (/^H[2-6]$/.test(sibling.tagName)) return sibling.textContent?.trim() ?? null;
			sibling = sibling.previousElementSibling;
		}
		node = node.parentElement;
	}
	return null;
}

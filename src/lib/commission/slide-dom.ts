/**
 * Reads the slides as drawn (`[data-slide]` sections of the presentation) into plain text:
 * what the PowerPoint export writes, so that it carries exactly the figures on screen.
 */

/** A table of a slide: header labels and cell texts, as displayed. */
export interface SlideTable {
	caption: string;
	header: string[];
	rows: string[][];
	note: string;
}

/** A map or chart of a slide drawn on a canvas, as PNG. */
export interface SlideImage {
	/** `data:image/png;base64,…` */
	data: string;
	/** Width / height. */
	ratio: number;
	alt: string;
}

/** The text content of one slide. */
export interface SlideText {
	id: string;
	section: string;
	title: string;
	/** « Bilan au 31 mai 2022 »; '' on the title slide. */
	asOf: string;
	banner: string;
	bullets: string[];
	/** Paragraphs and list items of the title slide (territory, date, agenda). */
	lines: string[];
	tables: SlideTable[];
	images: SlideImage[];
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Text of an element without its screen-reader-only parts (« , trier » of sortable headers). */
function visibleText(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	copy.querySelectorAll('.fr-sr-only').forEach((n) => n.remove());
	return clean(copy.textContent);
}

function readTable(wrapper: Element): SlideTable {
	const table = wrapper.querySelector('table')!;
	return {
		caption: clean(table.querySelector('caption')?.textContent),
		header: [...table.querySelectorAll('thead th')].map(visibleText),
		rows: [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(visibleText)),
		note: clean(wrapper.querySelector('.note')?.textContent)
	};
}

/** Every slide under `root`, in order. */
export function readSlides(root: ParentNode): SlideText[] {
	return [...root.querySelectorAll<HTMLElement>('[data-slide]')].map((slide) => ({
		id: slide.dataset.slide ?? '',
		section: clean(slide.querySelector('.section')?.textContent),
		title: clean(slide.querySelector('[data-slide-title]')?.textContent),
		asOf: clean(slide.querySelector('[data-slide-date]')?.textContent),
		banner: clean(slide.querySelector('.banner')?.textContent),
		bullets: [...slide.querySelectorAll('[data-slide-bullets] li')].map((li) => clean(li.textContent)),
		lines: [...slide.querySelectorAll('[data-slide-lines] > *')].map(visibleText).filter(Boolean),
		tables: [...slide.querySelectorAll('.fr-table')].filter((w) => w.querySelector('table')).map(readTable),
		images: [...slide.querySelectorAll<HTMLCanvasElement>('canvas[data-slide-image]')]
			.filter((c) => c.width > 0 && c.height > 0)
			.map((c) => ({ data: c.toDataURL('image/png'), ratio: c.width / c.height, alt: c.dataset.alt ?? '' }))
	}));
}

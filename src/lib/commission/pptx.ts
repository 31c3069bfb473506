/**
 * The commission as a PowerPoint file, built in the browser with pptxgenjs (imported on
 * click, so it stays out of the first view): one slide per slide on screen, tables as native
 * PowerPoint tables, maps as PNG images (their canvas), commentary as bullets, the
 * demonstration label and the slide number.
 */
import PptxGenJS from 'pptxgenjs';
import { readSlides, type SlideTable, type SlideText } from './slide-dom';

const BLEU_FRANCE = '000091';
const GRIS = '666666';
/** LAYOUT_WIDE: 13.33 × 7.5 inches. */
const LARGEUR = 13.33;
const MARGE = 0.4;

type Slide = ReturnType<PptxGenJS['addSlide']>;

/** Heights of a table's caption and note on a slide, and the margin inside a cell (inches). */
const CAPTION_H = 0.4;
const NOTE_H = 0.35;
const CELL_MARGIN = 0.02;
/** Beyond this many rows (a department and its EPCI), the table takes the slide's height and the commentary goes beside it. */
export const LONG_TABLE_ROWS = 12;
/** Width of the commentary beside a long table (inches). */
const COMMENT_W = 3.4;
/** Bottom of the slide's content, above the footer (inches). */
const BAS = 6.9;

export interface TableLayout {
	fontSize: number;
	/** Height of the header row and of each body row (inches): the header holds two lines. */
	headerH: number;
	rowH: number;
	/** Column widths (inches): the row header wider, the figures alike. */
	colW: number[];
}

/**
 * Sizes a table so that it fits the `width` × `height` inches left on a 16:9 slide, whatever its
 * rows (a department and its EPCI: up to 20): type from 12 pt down to 7 pt, rows as tall as the
 * type needs. Widths: the row header takes 22 % (at least 2 in), the other columns share the rest.
 */
export function tableLayout(rowCount: number, columnCount: number, width: number, height: number): TableLayout {
	const available = height - CAPTION_H - NOTE_H;
	// A row needs its type's line (pt / 72 in × 1.2) plus cell margins (≈ 0.1 in); the header two lines.
	const rowFor = (pt: number) => (pt / 72) * 1.2 + 2 * CELL_MARGIN + 0.02;
	const headerFor = (pt: number) => 2 * (pt / 72) * 1.2 + 2 * CELL_MARGIN + 0.02;
	let fontSize = 12;
	while (fontSize > 7 && headerFor(fontSize) + rowCount * rowFor(fontSize) > available) fontSize -= 0.5;
	const first = Math.max(2, width * 0.22);
	const other = columnCount > 1 ? (width - first) / (columnCount - 1) : 0;
	return { fontSize, headerH: headerFor(fontSize), rowH: rowFor(fontSize), colW: [columnCount > 1 ? first : width, ...Array(Math.max(0, columnCount - 1)).fill(other)] };
}

function addTable(slide: Slide, table: SlideTable, { x, y, w: width, h }: { x: number; y: number; w: number; h: number }) {
	const layout = tableLayout(table.rows.length, table.header.length, width, h);
	const header = table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'E3E3FD' }, color: '161616' } }));
	const rows = table.rows.map((row) => row.map((text, i) => ({ text, options: { align: (i === 0 ? 'left' : 'right') as 'left' | 'right' } })));
	slide.addText(table.caption, { x, y, w: width, h: 0.35, fontSize: 12, bold: true, color: '161616' });
	slide.addTable([header, ...rows], {
		x,
		y: y + CAPTION_H,
		w: width,
		colW: layout.colW,
		rowH: [layout.headerH, ...table.rows.map(() => layout.rowH)],
		fontSize: layout.fontSize,
		margin: CELL_MARGIN,
		border: { type: 'solid', pt: 0.5, color: 'BBBBBB' },
		valign: 'middle',
		autoPage: false
	});
	if (table.note) slide.addText(table.note, { x, y: y + h - NOTE_H, w: width, h: NOTE_H, fontSize: 8, color: GRIS });
}

function addSlide(pptx: PptxGenJS, text: SlideText, numero: number, total: number, demonstration: boolean) {
	const slide = pptx.addSlide();
	const head = [text.banner, text.section].filter(Boolean).join(' — ');
	if (head) slide.addText(head, { x: MARGE, y: 0.2, w: LARGEUR - 2 * MARGE, h: 0.3, fontSize: 11, color: text.banner ? '0063CB' : GRIS });
	slide.addText(text.title, { x: MARGE, y: 0.5, w: LARGEUR - 2 * MARGE, h: 0.6, fontSize: 24, bold: true, color: BLEU_FRANCE });
	if (text.asOf) slide.addText(text.asOf, { x: MARGE, y: 1.1, w: LARGEUR - 2 * MARGE, h: 0.3, fontSize: 12, color: GRIS });
	let y = 1.5;
	const lines = text.bullets.length ? text.bullets.map((t) => ({ text: t, options: { bullet: true } })) : text.lines.map((t) => ({ text: t, options: { breakLine: true } }));
	const image = text.images[0];
	const imageH = BAS - y;
	const imageW = image ? Math.min(imageH * image.ratio, 6.5) : 0;
	if (image) slide.addImage({ data: image.data, x: LARGEUR - MARGE - imageW, y, w: imageW, h: imageW / image.ratio, altText: image.alt });
	const full = LARGEUR - 2 * MARGE;
	// A long table needs the slide's height: the commentary goes beside it, on the right.
	const long = !image && text.tables.length === 1 && text.tables[0].rows.length > LONG_TABLE_ROWS;
	if (long) {
		if (lines.length) slide.addText(lines, { x: LARGEUR - MARGE - COMMENT_W, y, w: COMMENT_W, h: BAS - y, fontSize: 12, color: '161616', valign: 'top' });
		addTable(slide, text.tables[0], { x: MARGE, y, w: full - COMMENT_W - 0.3, h: BAS - y });
	} else {
		if (lines.length) {
			const h = text.tables.length ? 0.45 * lines.length + 0.2 : 4.5;
			const w = full - (image ? imageW + 0.3 : 0);
			slide.addText(lines, { x: MARGE, y, w, h, fontSize: text.bullets.length ? 14 : 18, color: '161616', valign: 'top' });
			y += h + 0.1;
		}
		for (const table of text.tables) addTable(slide, table, { x: MARGE, y, w: full, h: BAS - y });
	}
	if (demonstration) slide.addText('Données de démonstration', { x: MARGE, y: 7.05, w: 4, h: 0.3, fontSize: 9, bold: true, color: GRIS });
	slide.addText(`${numero} / ${total}`, { x: LARGEUR - MARGE - 1.5, y: 7.05, w: 1.5, h: 0.3, fontSize: 9, align: 'right', color: GRIS });
}

/**
 * Writes the slides drawn under `root` to `fileName` (the browser downloads it).
 * @param options.demonstration label every slide « Données de démonstration »
 */
export async function exportPptx(root: ParentNode, fileName: string, options: { demonstration: boolean }): Promise<void> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = 'Commission spécialisée PDALHPD';
	const slides = readSlides(root);
	slides.forEach((text, i) => addSlide(pptx, text, i + 1, slides.length, options.demonstration));
	await pptx.writeFile({ fileName });
}

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

function addTable(slide: Slide, table: SlideTable, y: number, h: number) {
	const header = table.header.map((text) => ({ text, options: { bold: true, fill: { color: 'E3E3FD' }, color: '161616' } }));
	const rows = table.rows.map((row) => row.map((text, i) => ({ text, options: { align: (i === 0 ? 'left' : 'right') as 'left' | 'right' } })));
	slide.addText(table.caption, { x: MARGE, y, w: LARGEUR - 2 * MARGE, h: 0.35, fontSize: 12, bold: true, color: '161616' });
	slide.addTable([header, ...rows], {
		x: MARGE,
		y: y + 0.4,
		w: LARGEUR - 2 * MARGE,
		fontSize: table.header.length > 7 ? 9 : 10,
		border: { type: 'solid', pt: 0.5, color: 'BBBBBB' },
		valign: 'middle',
		autoPage: false
	});
	if (table.note) slide.addText(table.note, { x: MARGE, y: y + h - 0.35, w: LARGEUR - 2 * MARGE, h: 0.35, fontSize: 8, color: GRIS });
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
	const imageH = 6.9 - y;
	const imageW = image ? Math.min(imageH * image.ratio, 6.5) : 0;
	if (image) slide.addImage({ data: image.data, x: LARGEUR - MARGE - imageW, y, w: imageW, h: imageW / image.ratio, altText: image.alt });
	if (lines.length) {
		const h = text.tables.length ? 0.45 * lines.length + 0.2 : 4.5;
		const w = LARGEUR - 2 * MARGE - (image ? imageW + 0.3 : 0);
		slide.addText(lines, { x: MARGE, y, w, h, fontSize: text.bullets.length ? 14 : 18, color: '161616', valign: 'top' });
		y += h + 0.1;
	}
	for (const table of text.tables) addTable(slide, table, y, 6.9 - y);
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

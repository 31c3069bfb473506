/**
 * A chart's SVG as a standalone file: the on-screen drawing with its computed styles inlined
 * (the page's CSS does not travel with the file), framed by a title, a legend, and the
 * as-of date and source; and the same rasterised at 2× for PNG.
 */
import { FONT_FAMILY, wrapLines, type TextStyle } from './canvas-text';

/** One legend entry: a line of `color` (dashed or not) and its label. */
export interface LegendLine {
	color: string;
	dashed?: boolean;
	label: string;
}

export interface ChartFrame {
	title: string;
	legend: LegendLine[];
	/** Source and as-of date. */
	note: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
/** A text style for both the SVG attributes and the canvas that measures the wrapping. */
const style = (size: number, weight: 'bold' | 'normal', lineHeight: number, color: string) => ({
	size,
	weight,
	lineHeight,
	color,
	font: `${weight} ${size}px ${FONT_FAMILY}`
});
type SvgTextStyle = TextStyle & { size: number; weight: string };
const TITLE: SvgTextStyle = style(16, 'bold', 22, '#161616');
const TEXT: SvgTextStyle = style(12, 'normal', 18, '#161616');
const NOTE: SvgTextStyle = style(11, 'normal', 15, '#3a3a3a');
const INLINED = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-weight'] as const;

/** Copies the computed styles of `source` and its descendants onto the same nodes of `copy`. */
function inlineStyles(source: Element, copy: Element): void {
	const computed = getComputedStyle(source);
	const style = INLINED.map((name) => `${name}:${computed.getPropertyValue(name)}`).join(';');
	copy.setAttribute('style', `${style};font-family:${FONT_FAMILY}`);
	copy.removeAttribute('class');
	Array.from(source.children).forEach((child, i) => inlineStyles(child, copy.children[i]));
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textLines(lines: string[], x: number, top: number, s: SvgTextStyle): string {
	const font = `font-family="${escapeXml(FONT_FAMILY)}" font-size="${s.size}" font-weight="${s.weight}" fill="${s.color}"`;
	return lines.map((line, i) => `<text x="${x}" y="${top + i * s.lineHeight}" dominant-baseline="hanging" ${font}>${escapeXml(line)}</text>`).join('');
}

/** The standalone SVG text of `chart` (browser only) with title, legend, note. */
export function frameSvg(chart: SVGSVGElement, frame: ChartFrame): string {
	const box = chart.viewBox.baseVal;
	const [chartWidth, chartHeight] = [box?.width || chart.clientWidth, box?.height || chart.clientHeight];
	const width = chartWidth + 2 * PAD;
	const measure = document.createElement('canvas').getContext('2d');
	if (!measure) throw new Error('mesure du texte indisponible');
	const title = wrapLines(measure, frame.title, chartWidth, TITLE);
	const note = wrapLines(measure, `${frame.note} Tableau de bord PDALHPD.`.trim(), chartWidth, NOTE);
	const chartTop = PAD + title.length * TITLE.lineHeight + 8;
	const legendTop = chartTop + chartHeight + 8;
	const noteTop = legendTop + frame.legend.length * TEXT.lineHeight + 8;
	const height = noteTop + note.length * NOTE.lineHeight + PAD;

	const copy = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, copy);
	copy.removeAttribute('aria-hidden');
	for (const [name, value] of Object.entries({ x: PAD, y: chartTop, width: chartWidth, height: chartHeight })) copy.setAttribute(name, String(value));
	copy.setAttribute('style', `font-family:${FONT_FAMILY};font-size:12px`);

	const legend = frame.legend
		.map((item, i) => {
			const y = legendTop + i * TEXT.lineHeight + 9;
			const dash = item.dashed ? ' stroke-dasharray="6 4"' : '';
			return `<line x1="${PAD}" x2="${PAD + 28}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="3"${dash}/>${textLines([item.label], PAD + 36, y - 8, TEXT)}`;
		})
		.join('');
	// Without the framework's hydration markers (<!--[-->), meaningless outside the page.
	const body = new XMLSerializer().serializeToString(copy).replace(/<!--[\s\S]*?-->/g, '');
	return (
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<title>${escapeXml(frame.title)}</title><rect width="100%" height="100%" fill="#ffffff"/>` +
		textLines(title, PAD, PAD, TITLE) +
		body +
		legend +
		textLines(note, PAD, noteTop, NOTE) +
		`</svg>`
	);
}

/** The SVG text rasterised at 2× as PNG (browser only). */
export async function svgToPng(svg: string, pixelRatio = 2): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.ceil(image.naturalWidth * pixelRatio);
	canvas.height = Math.ceil(image.naturalHeight * pixelRatio);
	const context = canvas.getContext('2d');
	if (!context) throw new Error('dessin 2D indisponible');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('image vide'))), 'image/png'));
}

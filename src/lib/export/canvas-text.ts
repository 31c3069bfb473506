/** Text on a 2D canvas: words wrapped to a width, lines drawn top-down. */

/** A block of text: font (CSS shorthand), line height and colour. */
export interface TextStyle {
	font: string;
	lineHeight: number;
	color: string;
}

/** The site's typeface when the page has loaded it, else the system's sans-serif. */
export const FONT_FAMILY = 'Marianne, Arial, sans-serif';

/** Lines of `text` no wider than `maxWidth` in `style.font` (a longer word keeps its own line). */
export function wrapLines(context: CanvasRenderingContext2D, text: string, maxWidth: number, style: TextStyle): string[] {
	context.font = style.font;
	const lines: string[] = [];
	let current = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = current ? `${current} ${word}` : word;
		if (current && context.measureText(candidate).width > maxWidth) {
			lines.push(current);
			current = word;
		} else current = candidate;
	}
	if (current) lines.push(current);
	return lines;
}

/** Draws `lines` from `top` (alphabetic baselines inside each line box); returns the y under the block. */
export function drawLines(context: CanvasRenderingContext2D, lines: string[], x: number, top: number, style: TextStyle): number {
	context.font = style.font;
	context.fillStyle = style.color;
	context.textBaseline = 'top';
	lines.forEach((line, i) => context.fillText(line, x, top + i * style.lineHeight));
	return top + lines.length * style.lineHeight;
}

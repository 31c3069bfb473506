/**
 * PNG of a choropleth drawn on a 2D canvas with d3-geo from our own contours and the same
 * colour classes as the on-screen map, with its title, legend (class breaks), as-of date and
 * source. Independent of maplibre's WebGL canvas, which GPU-less browsers may not read back.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { classOf, legendClasses, NULL_COLOR, type ClassScale } from '../components/map/scale';
import { drawLines, FONT_FAMILY, wrapLines, type TextStyle } from './canvas-text';

export interface MapImageSpec {
	/** Territories to fill, with `properties[idKey]` their code. */
	territoires: FeatureCollection<Geometry, Record<string, string>>;
	idKey: string;
	/** Department outlines drawn over the fill. */
	departements: FeatureCollection<Geometry, Record<string, string>>;
	values: Record<string, number | null>;
	/** Codes of the selection; others are drawn faded. Default: every code of `values`. */
	codes?: string[];
	scale: ClassScale;
	format: (value: number) => string;
	title: string;
	legendTitle: string;
	/** Source and as-of date. */
	note: string;
}

/** Width of the image in CSS pixels; drawn at {@link PIXEL_RATIO}×, so 1 600 px wide. */
export const IMAGE_WIDTH = 800;
export const PIXEL_RATIO = 2;
const PAD = 24;
const TITLE: TextStyle = { font: `bold 20px ${FONT_FAMILY}`, lineHeight: 26, color: '#161616' };
const BODY: TextStyle = { font: `bold 14px ${FONT_FAMILY}`, lineHeight: 20, color: '#161616' };
const LEGEND: TextStyle = { font: `14px ${FONT_FAMILY}`, lineHeight: 22, color: '#161616' };
const NOTE: TextStyle = { font: `12px ${FONT_FAMILY}`, lineHeight: 16, color: '#3a3a3a' };
const SWATCH = 14;
const MAP_MAX_HEIGHT = 640;

interface LegendItem {
	color: string;
	label: string;
	x: number;
	row: number;
}

/** Legend entries placed left to right, wrapping to new rows within `width`. */
function placeLegend(context: CanvasRenderingContext2D, spec: MapImageSpec, width: number): LegendItem[] {
	context.font = LEGEND.font;
	let x = 0;
	let row = 0;
	return legendClasses(spec.scale, spec.format).map((c) => {
		const itemWidth = SWATCH + 6 + context.measureText(c.label).width + 18;
		if (x > 0 && x + itemWidth > width) [x, row] = [0, row + 1];
		const item = { color: c.color, label: c.label, x, row };
		x += itemWidth;
		return item;
	});
}

/** Draws the map image on `canvas` (resized to fit); returns the canvas. */
export function drawMapImage(canvas: HTMLCanvasElement, spec: MapImageSpec): HTMLCanvasElement {
	const context = canvas.getContext('2d');
	if (!context) throw new Error('dessin 2D indisponible');
	const inner = IMAGE_WIDTH - 2 * PAD;
	const projection = geoMercator().fitSize([inner, MAP_MAX_HEIGHT], spec.territoires);
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(spec.territoires);
	const mapHeight = Math.ceil(y1 - y0);
	const title = wrapLines(context, spec.title, inner, TITLE);
	const legendTitle = wrapLines(context, spec.legendTitle + (spec.scale.center != null ? ` (centre : ${spec.format(spec.scale.center)})` : ''), inner, BODY);
	const legend = placeLegend(context, spec, inner);
	const legendRows = Math.max(...legend.map((l) => l.row)) + 1;
	const note = wrapLines(context, `${spec.note} Tableau de bord PDALHPD.`.trim(), inner, NOTE);
	const height =
		PAD + title.length * TITLE.lineHeight + 12 + mapHeight + 16 + legendTitle.length * BODY.lineHeight + 6 + legendRows * LEGEND.lineHeight + 10 + note.length * NOTE.lineHeight + PAD;

	canvas.width = IMAGE_WIDTH * PIXEL_RATIO;
	canvas.height = Math.ceil(height * PIXEL_RATIO);
	context.scale(PIXEL_RATIO, PIXEL_RATIO);
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, IMAGE_WIDTH, height);

	let y = drawLines(context, title, PAD, PAD, TITLE) + 12;
	const [tx, ty] = projection.translate();
	projection.translate([tx + PAD + (inner - (x1 - x0)) / 2 - x0, ty + y - y0]);
	const path = geoPath(projection, context);
	const selection = new Set(spec.codes ?? Object.keys(spec.values));
	for (const feature of spec.territoires.features) {
		const code = String(feature.properties[spec.idKey]);
		const index = classOf(spec.values[code], spec.scale);
		context.globalAlpha = selection.has(code) ? 1 : 0.25;
		context.beginPath();
		path(feature);
		context.fillStyle = index == null ? NULL_COLOR : spec.scale.colors[index];
		context.fill();
		context.globalAlpha = 1;
		context.strokeStyle = '#ffffff';
		context.lineWidth = 0.6;
		context.stroke();
	}
	context.beginPath();
	path(spec.departements);
	context.strokeStyle = '#161616';
	context.lineWidth = 1.4;
	context.stroke();

	y += mapHeight + 16;
	y = drawLines(context, legendTitle, PAD, y, BODY) + 6;
	for (const item of legend) {
		const top = y + item.row * LEGEND.lineHeight;
		context.fillStyle = item.color;
		context.fillRect(PAD + item.x, top + 2, SWATCH, SWATCH);
		context.strokeStyle = '#666666';
		context.lineWidth = 1;
		context.strokeRect(PAD + item.x, top + 2, SWATCH, SWATCH);
		drawLines(context, [item.label], PAD + item.x + SWATCH + 6, top + 1, LEGEND);
	}
	y += legendRows * LEGEND.lineHeight + 10;
	drawLines(context, note, PAD, y, NOTE);
	return canvas;
}

/** The canvas as PNG bytes. */
export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('image vide'))), 'image/png'));
}

/** Export actions of the map (PNG) and of the trajectory chart (PNG, SVG). */
import { downloadFile, MIME } from '$lib/export/download';
import { exportFileName } from '$lib/export/file-name';
import type { MapImageSpec } from '$lib/export/map-image';
import type { ExportAction } from './actions';

/** What the map shows, read at click time: its level, accessible name (« Carte : … », the image's title) and drawing. */
export type MapExportSpec = Pick<MapImageSpec, 'values' | 'codes' | 'scale' | 'format' | 'legendTitle' | 'note'> & {
	level: 'epci' | 'departement';
	label: string;
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** « PNG » of the map, drawn from the contours (d3-geo and the drawing code load on click). */
export function mapActions(spec: () => MapExportSpec): ExportAction[] {
	return [
		{
			label: 'PNG',
			run: async () => {
				const s = spec();
				const [{ loadContours }, { canvasToPng, drawMapImage }] = await Promise.all([import('$lib/components/map/contours'), import('$lib/export/map-image')]);
				const contours = await loadContours();
				const canvas = drawMapImage(document.createElement('canvas'), {
					territoires: (s.level === 'epci' ? contours.epci : contours.departements),
					idKey: s.level === 'epci' ? 'siren' : 'code',
					departements: contours.departements,
					values: s.values,
					codes: s.codes,
					scale: s.scale,
					format: s.format,
					title: capitalised(s.label.replace(/^carte\s*:\s*/i, '')),
					legendTitle: s.legendTitle,
					note: s.note
				});
				downloadFile(await canvasToPng(canvas), exportFileName(s.label, `${s.note} ${s.legendTitle}`, 'png'), MIME.png);
			}
		}
	];
}

/** « PNG · SVG » of an SVG chart: `svg()` gives the standalone SVG text, drawn to a canvas for the PNG. */
export function chartActions(title: string, note: string, svg: () => string): ExportAction[] {
	const name = (extension: string) => exportFileName(title, note, extension);
	return [
		{
			label: 'PNG',
			run: async () => {
				const { svgToPng } = await import('$lib/export/chart-svg');
				downloadFile(await svgToPng(svg()), name('png'), MIME.png);
			}
		},
		{ label: 'SVG', run: () => downloadFile(svg(), name('svg'), MIME.svg) }
	];
}

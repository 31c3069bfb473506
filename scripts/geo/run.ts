/**
 * The `geo` job: read data/geo-src, build, write static/geo, report what was written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCog } from '../lib/cog.ts';
import { buildContours, DEFAULT_OPTIONS } from './build.ts';
import { FUSIONS_HORS_COG } from './fusions-hors-cog.ts';
import { GEO_OUT_DIR, GEO_SRC_DIR } from './paths.ts';
import { readGeoSources } from './sources.ts';


export interface GeoJobConfig {
	srcDir: string;
	outDir: string;
}

export interface GeoJobReport {
	files: { name: string; bytes: number; features: Record<string, number> }[];
	totalBytes: number;
	communesSansContour: string[];
	/** Wall-clock duration of the job, in milliseconds. */
	durationMs: number;
}

export function runGeoJob(config: GeoJobConfig = { srcDir: GEO_SRC_DIR, outDir: GEO_OUT_DIR }): GeoJobReport {
	const started = performance.now();
	const result = buildContours({ ...readGeoSources(config.srcDir), cog: loadCog(), fusions: FUSIONS_HORS_COG, ...DEFAULT_OPTIONS });
	mkdirSync(config.outDir, { recursive: true });
	const files = Object.entries(result.files).map(([name, text]) => {
		writeFileSync(join(config.outDir, name), text);
		return { name, bytes: Buffer.byteLength(text), features: result.counts[name] };
	});
	return {
		files,
		totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
		communesSansContour: result.communesSansContour,
		durationMs: performance.now() - started
	};
}

/** The summary printed by the CLI, in French. */
export function formatGeoReport(report: GeoJobReport, outDir: string): string {
	const ko = (bytes: number) => `${(bytes / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Ko`;
	const lines = report.files.map((f) => {
		const objects = Object.entries(f.features).map(([name, n]) => `${name} ${n}`).join(', ');
		return `  ${join(outDir, f.name)} : ${ko(f.bytes)} (${objects})`;
	});
	lines.push(`  total : ${ko(report.totalBytes)}`);
	if (report.communesSansContour.length > 0) {
		lines.push(`  attention : communes actuelles sans contour 2018 : ${report.communesSansContour.join(', ')}`);
	}
	lines.push(`  durée : ${(report.durationMs / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} s`);
	return ['Contours écrits :', ...lines].join('\n');
}

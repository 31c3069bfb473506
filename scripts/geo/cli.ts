/**
 * npm run geo [-- --src data/geo-src --out static/geo]
 */
import { parseArgs } from 'node:util';
import { formatGeoReport, GEO_OUT_DIR, runGeoJob } from './run.ts';
import { GEO_SRC_DIR } from './sources.ts';

const { values } = parseArgs({
	options: { src: { type: 'string', default: GEO_SRC_DIR }, out: { type: 'string', default: GEO_OUT_DIR } }
});

try {
	const report = runGeoJob({ srcDir: values.src!, outDir: values.out! });
	console.log(formatGeoReport(report, values.out!));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}

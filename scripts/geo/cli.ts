/**
 * npm run geo [-- --src data/geo-src --out static/geo]
 */
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { GEO_OUT_DIR, GEO_SRC_DIR } from './paths.ts';
import { formatGeoReport, runGeoJob } from './run.ts';

const { values } = parseArgs({
	options: { src: { type: 'string', default: relative(process.cwd(), GEO_SRC_DIR) }, out: { type: 'string', default: relative(process.cwd(), GEO_OUT_DIR) } }
});

try {
	const report = runGeoJob({ srcDir: values.src!, outDir: values.out! });
	console.log(formatGeoReport(report, values.out!));
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
}

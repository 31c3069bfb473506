/**
 * `npm run data -- --input DIR --output DIR` (defaults `data/raw/demo` → `data/extracts`):
 * validates the input tables and writes the Parquet extracts. Exit code 1 on any error.
 */
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { reportLines } from './report.ts';

function readConfig(): { input: string; output: string } | undefined {
	try {
		const { values } = parseArgs({ options: { input: { type: 'string', default: 'data/raw/demo' }, output: { type: 'string', default: 'data/extracts' } } });
		return { input: values.input!, output: values.output! };
	} catch {
		console.error('Usage : npm run data -- [--input dossier] [--output dossier]  (par défaut data/raw/demo → data/extracts)');
		return undefined;
	}
}

const config = readConfig();
if (!config) process.exitCode = 2;
else {
	const result = await build(config, { now: () => new Date() });
	for (const line of reportLines(config, result)) console.log(line);
	process.exitCode = result.ok ? 0 : 1;
}

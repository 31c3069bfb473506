/**
 * `npm run data -- --input DIR --output DIR` (defaults `data/raw/demo` → `data/extracts`):
 * validates the input tables and writes the Parquet extracts. Exit code 1 on any error.
 */
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { reportLines } from './report.ts';

const { values } = parseArgs({
	options: {
		input: { type: 'string', default: 'data/raw/demo' },
		output: { type: 'string', default: 'data/extracts' }
	}
});
const config = { input: values.input!, output: values.output! };

const result = await build(config, { now: () => new Date() });
for (const line of reportLines(config, result)) console.log(line);
process.exitCode = result.ok ? 0 : 1;

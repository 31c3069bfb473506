/**
 * `npm run data -- --input DIR --output DIR` (defaults `data/raw/demo` → `data/extracts`):
 * validates the input tables and writes the Parquet extracts. Exit code 1 on any error.
 *
 * `npm run data -- --snapshot AAAA-MM-JJ [--au AAAA-MM-JJ] [--extracts DIR] [--snapshots DIR] [--remplacer]`:
 * freezes the extracts as known on a commission date into `data/snapshots/<date>/`.
 *
 * `npm run data -- --init-mapping export.csv`: proposes the `correspondances.json` of a
 * record-level export (scripts/data/records/init-mapping.ts).
 */
import { parseArgs } from 'node:util';
import { build } from './build.ts';
import { reportLines } from './report.ts';
import { snapshot } from './snapshot.ts';
import { snapshotReportLines } from './snapshot-report.ts';
import { initMapping } from './records/init-mapping.ts';

const USAGE = [
	'Usage : npm run data -- [--input dossier] [--output dossier]  (par défaut data/raw/demo → data/extracts)',
	'        npm run data -- --snapshot AAAA-MM-JJ [--au AAAA-MM-JJ] [--extracts dossier] [--snapshots dossier] [--remplacer]',
	'        npm run data -- --init-mapping export.csv  (propose correspondances.json pour une liste d’enregistrements)'
].join('\n');

const OPTIONS = {
	input: { type: 'string', default: 'data/raw/demo' },
	output: { type: 'string', default: 'data/extracts' },
	snapshot: { type: 'string' },
	au: { type: 'string' },
	extracts: { type: 'string', default: 'data/extracts' },
	snapshots: { type: 'string', default: 'data/snapshots' },
	remplacer: { type: 'boolean', default: false },
	'init-mapping': { type: 'string' }
} as const;

function readArgs() {
	try {
		return parseArgs({ options: OPTIONS }).values;
	} catch {
		console.error(USAGE);
		return undefined;
	}
}

const args = readArgs();
const clock = { now: () => new Date() };
if (!args) process.exitCode = 2;
else if (args['init-mapping'] !== undefined) {
	const result = await initMapping(args['init-mapping']);
	for (const line of result.lines) console.log(line);
	process.exitCode = result.ok ? 0 : 1;
} else if (args.snapshot !== undefined) {
	const config = { commission: args.snapshot, au: args.au, extracts: args.extracts, snapshots: args.snapshots, replace: args.remplacer };
	const result = await snapshot(config, clock);
	for (const line of snapshotReportLines(result)) console.log(line);
	process.exitCode = result.ok ? 0 : 1;
} else {
	const config = { input: args.input, output: args.output };
	const result = await build(config, clock);
	for (const line of reportLines(config, result)) console.log(line);
	process.exitCode = result.ok ? 0 : 1;
}

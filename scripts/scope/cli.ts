/**
 * `npm run scope:scan -- <dossier du site> <SIREN> [--extraits data/extracts]`: scans a
 * bailleur-scoped build for any other bailleur's name or SIREN (list read from the full
 * extracts). Prints every hit with its file and offset; exit code 1 on any hit, 2 on misuse.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openExtracts } from '../lib/duckdb-native.ts';
import { readBailleurs } from './extracts.ts';
import { formatHit, scanBuild } from './scan.ts';
import { runIfMain } from './run-main.ts';

const USAGE = 'Usage : npm run scope:scan -- <dossier du site> <SIREN du bailleur> [--extraits <dossier des extraits complets>]';

/** Runs the scan and returns the exit code (0: no leak). */
export async function main(argv: string[], log = console.log, fail = console.error): Promise<number> {
	const extraits = argv.indexOf('--extraits');
	const extractsDir = resolve(extraits >= 0 ? argv[extraits + 1] ?? '' : 'data/extracts');
	const [dir, siren] = argv.filter((_, i) => extraits < 0 || (i !== extraits && i !== extraits + 1));
	if (!dir || !siren || !existsSync(dir)) {
		fail(USAGE);
		return 2;
	}
	const db = await openExtracts(extractsDir);
	const bailleurs = await readBailleurs(db).finally(() => db.close());
	if (!bailleurs.some((b) => b.siren === siren)) {
		fail(`Bailleur inconnu dans ${extractsDir} : « ${siren} ».`);
		return 2;
	}
	const report = await scanBuild(dir, siren, bailleurs);
	for (const hit of report.hits) fail(formatHit(hit));
	const summary = `${report.files} fichiers lus (${report.skipped.length} binaires non lus), ${bailleurs.length - 1} autres bailleurs cherchés`;
	if (report.hits.length > 0) {
		fail(`Fuite : ${report.hits.length} occurrence(s) d'autres bailleurs dans ${dir}. ${summary}.`);
		return 1;
	}
	log(`Aucune occurrence d'un autre bailleur dans ${dir}. ${summary}.`);
	return 0;
}

runIfMain(import.meta.url, main, 2);

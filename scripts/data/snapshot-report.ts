/** The French report of `npm run data -- --snapshot`: errors, or the rows kept per extract. */
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts.ts';
import type { SnapshotResult } from './snapshot.ts';

/** `2022-05-31` → `31/05/2022`. */
const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

/** The report, one line per item. */
export function snapshotReportLines(result: SnapshotResult): string[] {
	if (!result.ok) return ['Échec : aucun instantané écrit.', ...result.errors.map((e) => `  ✗ ${e}`)];
	const { commission, au } = result.commission;
	const width = Math.max(...EXTRACT_NAMES.map((n) => n.length));
	return [
		`Instantané de la commission du ${frenchDate(commission)}, données au ${frenchDate(au)} : ${result.dir}`,
		...EXTRACT_NAMES.map((name) => `  ${name.padEnd(width)}  ${result.manifest.extracts[name].rows.toLocaleString('fr-FR').padStart(7)} lignes`)
	];
}

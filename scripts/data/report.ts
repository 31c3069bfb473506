/**
 * The French report printed at the end of `npm run data`: errors (at most 50), warnings,
 * and for each extract its rows and as-of date, then the time taken.
 */
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts.ts';
import type { BuildConfig, BuildResult } from './build.ts';
import { MAX_PRINTED_ERRORS, printableErrors } from './messages.ts';

const MAX_PRINTED_WARNINGS = 30;

const number = (n: number) => n.toLocaleString('fr-FR');
const plural = (n: number, word: string) => `${number(n)} ${word}${n > 1 ? 's' : ''}`;

/** `2022-05-31` → `31/05/2022`. */
function frenchDate(iso: string | null): string {
	if (!iso) return '—';
	const [year, month, day] = iso.split('-');
	return `${day}/${month}/${year}`;
}

function warningLines(result: BuildResult): string[] {
	if (result.warningCount === 0) return ['Aucun avertissement.'];
	const shown = result.warnings.slice(0, MAX_PRINTED_WARNINGS).map((w) => `  ⚠ ${w}`);
	const rest = result.warningCount - shown.length;
	if (rest > 0) shown.push(`  … et ${plural(rest, 'autre avertissement')}.`);
	return [`${plural(result.warningCount, 'avertissement')} :`, ...shown];
}

function seconds(ms: number): string {
	return `${(ms / 1000).toLocaleString('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} s`;
}

/** The whole report, one line per array item. */
export function reportLines(config: BuildConfig, result: BuildResult): string[] {
	const lines = [`Données : ${config.input} → ${config.output}`];
	if (!result.ok) {
		lines.push(`Échec : ${plural(result.errorCount, 'erreur')} ; aucun extrait écrit, ${config.output} est inchangé.`);
		lines.push(...printableErrors(result.errors, result.errorCount).map((e, i) => (i < MAX_PRINTED_ERRORS ? `  ✗ ${e}` : `  ${e}`)));
		lines.push(...warningLines(result), `Durée : ${seconds(result.durationMs)}.`);
		return lines;
	}
	const manifest = result.manifest!;
	const read = new Map(result.tables.map((t) => [t.table, t]));
	lines.push(`Extraits écrits${manifest.demonstration ? ' (données de démonstration)' : ''}, dernière date : ${frenchDate(manifest.latestDate)}.`);
	const width = Math.max(...EXTRACT_NAMES.map((n) => n.length));
	for (const name of EXTRACT_NAMES) {
		const entry = manifest.extracts[name];
		const input = read.get(name);
		const origin = input?.file ? `${plural(input.lines, 'ligne')} lue${input.lines > 1 ? 's' : ''} dans ${input.file}` : `code officiel géographique, @etalab/decoupage-administratif ${manifest.cog.version}`;
		lines.push(`  ${name.padEnd(width)}  ${plural(entry.rows, 'ligne').padStart(14)}  au ${frenchDate(entry.asOf).padEnd(10)}  (${origin})`);
	}
	lines.push(...warningLines(result), `Durée : ${seconds(result.durationMs)}.`);
	return lines;
}

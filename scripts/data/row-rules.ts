/**
 * Rules across the columns of one line: a sub-count never exceeds its total, the
 * QPV split never exceeds all attributions, an objective has a value exactly when
 * its statut is `fixe`; reform steps out of order only warn.
 */
import type { InputTableSpec } from '../../src/lib/contract/inputs.ts';
import type { Issues } from './messages.ts';
import type { TypedRow } from './parse-line.ts';

const formatNumber = (n: number) => n.toLocaleString('fr-FR');

/** Sums of parts that must stay within a total (beyond the contract's one-part rules). */
const SUM_RULES: { table: string; parts: string[]; whole: string }[] = [{ table: 'attributions', parts: ['hors_qpv', 'qpv'], whole: 'attributions' }];

/** Reform steps, in the order the law expects them. */
const REFORME_STEPS = [
	['date_premiere_cil', 'la 1re CIL'],
	['date_orientations', 'les orientations cadre'],
	['date_cia', 'la CIA']
] as const;

function checkSubCounts(row: TypedRow, spec: InputTableSpec, file: string, line: number, issues: Issues): boolean {
	let valid = true;
	for (const { part, whole } of spec.subCounts ?? []) {
		const partValue = row[part];
		const wholeValue = row[whole];
		if (typeof partValue !== 'number' || typeof wholeValue !== 'number' || partValue <= wholeValue) continue;
		issues.error(
			{ file, line, column: part },
			`${formatNumber(partValue)} dépasse « ${whole} » (${formatNumber(wholeValue)}) ; une partie ne peut dépasser son total.`
		);
		valid = false;
	}
	for (const { table, parts, whole } of SUM_RULES) {
		if (table !== spec.name) continue;
		const values = parts.map((p) => row[p]);
		const wholeValue = row[whole];
		if (values.some((v) => typeof v !== 'number') || typeof wholeValue !== 'number') continue;
		const sum = (values as number[]).reduce((a, b) => a + b, 0);
		if (sum <= wholeValue) continue;
		issues.error(
			{ file, line, column: parts[parts.length - 1] },
			`« ${parts.join(' » + « ')} » = ${(values as number[]).map(formatNumber).join(' + ')} = ${formatNumber(sum)} dépasse « ${whole} » (${formatNumber(wholeValue)}) ; une partie ne peut dépasser son total.`
		);
		valid = false;
	}
	return valid;
}

function checkObjectif(row: TypedRow, file: string, line: number, issues: Issues): boolean {
	const fixe = row.statut === 'fixe';
	if (fixe && row.valeur === null) {
		issues.error({ file, line, column: 'valeur' }, 'valeur manquante alors que le statut est « fixe » ; un objectif fixé a une valeur.');
		return false;
	}
	if (!fixe && row.valeur !== null) {
		issues.error(
			{ file, line, column: 'valeur' },
			`« ${row.valeur} » renseignée alors que le statut est « ${row.statut} » ; seul un objectif « fixe » a une valeur.`
		);
		return false;
	}
	return true;
}

function warnReformeOrder(row: TypedRow, file: string, line: number, issues: Issues): void {
	for (let i = 1; i < REFORME_STEPS.length; i++) {
		const [earlier, earlierLabel] = REFORME_STEPS[i - 1];
		const [later, laterLabel] = REFORME_STEPS[i];
		const before = row[earlier];
		const after = row[later];
		if (typeof before === 'string' && typeof after === 'string' && after < before) {
			issues.warning({ file, line, column: later }, `${laterLabel} (${after}) est datée avant ${earlierLabel} (${before}) ; vérifiez l’ordre des étapes.`);
		}
	}
}

/** Applies the line rules of the table; false when one fails (each is reported). */
export function checkRowRules(row: TypedRow, spec: InputTableSpec, file: string, line: number, issues: Issues): boolean {
	let valid = checkSubCounts(row, spec, file, line, issues);
	if (spec.name === 'objectifs') valid = checkObjectif(row, file, line, issues) && valid;
	if (spec.name === 'reforme') warnReformeOrder(row, file, line, issues);
	return valid;
}

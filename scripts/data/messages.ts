/**
 * Errors and warnings of an ingestion run, as French sentences naming the file,
 * the line, the column and the value:
 * `attributions.csv, ligne 12, colonne « prioritaires » : « abc » n'est pas un nombre entier.`
 */

/** Where a message points: a file, optionally a 1-based line (header = 1) and a column. */
export interface Location {
	file: string;
	line?: number;
	column?: string;
}

/** Messages kept in memory; beyond this only the count grows (a broken million-row file). */
export const MAX_KEPT_MESSAGES = 1000;
/** Errors printed in the report before `… et N autres erreurs.` */
export const MAX_PRINTED_ERRORS = 50;

/** `fichier, ligne N, colonne « c » : text` (line and column only when given). */
export function formatMessage(at: Location, text: string): string {
	let where = at.file;
	if (at.line !== undefined) where += `, ligne ${at.line}`;
	if (at.column !== undefined) where += `, colonne « ${at.column} »`;
	return `${where} : ${text}`;
}

/** Collects the messages of a run in the order they are found. */
export class Issues {
	readonly errors: string[] = [];
	readonly warnings: string[] = [];
	errorCount = 0;
	warningCount = 0;

	error(at: Location, text: string): void {
		this.errorCount++;
		if (this.errors.length < MAX_KEPT_MESSAGES) this.errors.push(formatMessage(at, text));
	}

	warning(at: Location, text: string): void {
		this.warningCount++;
		if (this.warnings.length < MAX_KEPT_MESSAGES) this.warnings.push(formatMessage(at, text));
	}

	get failed(): boolean {
		return this.errorCount > 0;
	}
}

/** The errors as printed: at most {@link MAX_PRINTED_ERRORS}, then `… et N autres erreurs.` */
export function printableErrors(errors: readonly string[], errorCount: number): string[] {
	const shown = errors.slice(0, MAX_PRINTED_ERRORS);
	const rest = errorCount - shown.length;
	if (rest > 0) shown.push(`… et ${rest.toLocaleString('fr-FR')} autre${rest > 1 ? 's' : ''} erreur${rest > 1 ? 's' : ''}.`);
	return shown;
}

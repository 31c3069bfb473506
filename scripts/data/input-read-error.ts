/**
 * Thrown by the CSV and XLSX readers: a file that cannot be read past some point (encoding, quotes, a broken workbook): the
 * line and column where reading stopped, when known; `fieldIndex` is a position in the
 * record, turned into a column name by the caller, who knows the header.
 */
export class InputReadError extends Error {
	constructor(
		readonly line: number | undefined,
		reason: string,
		readonly column?: string,
		readonly fieldIndex?: number
	) {
		super(reason);
	}
}

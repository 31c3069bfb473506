/**
 * What a table exports: one cell per column and row, decided from what the page shows.
 * A numeric column exports its sort value as a number only when formatting that value
 * gives back exactly the displayed text (so the file says what the screen says);
 * otherwise the displayed text. Missing figures stay empty, never 0.
 */
import type { Column, ExportStyle } from '../components/tables/columns';
import { formatCount, formatEuros, formatPercent, formatSignedPercent, MISSING } from '../format';

/** How a number is written: percents are ratios (0.82 = 82 %), shown with `decimals`. */
export interface NumberFormat {
	style: Exclude<ExportStyle, 'text'>;
	decimals: number;
}

export type ExportCell =
	| { kind: 'number'; value: number; format: NumberFormat }
	| { kind: 'text'; text: string }
	/** A missing figure with the page's explanation (« en cours de finalisation »): no number. */
	| { kind: 'missing'; text: string }
	| null;

/** A table ready to write: title (caption), note (source and as-of date), headers, cells. */
export interface ExportTable {
	title: string;
	note: string;
	headers: string[];
	rows: ExportCell[][];
}

/** Displayed text of each number format, in the order they are tried. */
const CANDIDATES: [NumberFormat, (value: number) => string][] = [
	[{ style: 'count', decimals: 0 }, (v) => formatCount(v)],
	[{ style: 'integer', decimals: 0 }, (v) => String(v)],
	// Signed first: a negative change (« −6 % ») reads the same both ways and keeps its column's format.
	[{ style: 'signed-percent', decimals: 0 }, (v) => formatSignedPercent(v)],
	[{ style: 'signed-percent', decimals: 1 }, (v) => formatSignedPercent(v, 1)],
	[{ style: 'percent', decimals: 0 }, (v) => formatPercent(v)],
	[{ style: 'percent', decimals: 1 }, (v) => formatPercent(v, 1)],
	[{ style: 'euros', decimals: 2 }, (v) => formatEuros(v)]
];

/** The number format whose text of `value` is exactly `text`, or null. */
export function matchingFormat(value: number, text: string): NumberFormat | null {
	return CANDIDATES.find(([, write]) => write(value) === text)?.[0] ?? null;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const missing = (text: string): ExportCell => (text === MISSING || text === '' ? null : { kind: 'missing', text });

/** The exported cell of one column for one row. */
export function exportCell<Row>(column: Column<Row>, row: Row): ExportCell {
	const text = column.text(row);
	if (column.format === 'text' || (!column.numeric && !column.format)) return text === MISSING || text === '' ? null : { kind: 'text', text };
	const value = (column.exportValue ?? column.value)(row);
	if (!isNumber(value)) return missing(text);
	if (column.format) {
		const decimals = column.decimals ?? (column.format === 'euros' ? 2 : 0);
		return { kind: 'number', value, format: { style: column.format, decimals } };
	}
	const format = matchingFormat(value, text);
	return format ? { kind: 'number', value, format } : { kind: 'text', text };
}

/** Header of a column: its label and unit, « Objectif 2022 (ménages) ». */
export function columnHeader(column: Pick<Column<unknown>, 'label' | 'unit'>): string {
	return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** The table as shown (rows in their displayed order). */
export function toExportTable<Row>(title: string, note: string, columns: Column<Row>[], rows: readonly Row[]): ExportTable {
	return {
		title,
		note,
		headers: columns.map((c) => columnHeader(c as Column<unknown>)),
		rows: rows.map((row) => columns.map((c) => exportCell(c, row)))
	};
}

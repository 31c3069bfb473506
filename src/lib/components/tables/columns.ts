/**
 * How a column is written in CSV/XLSX: `count` (1 343), `integer` (2021, no grouping),
 * `percent` / `signed-percent` (the value is a ratio: 0.82 = 82 %), `euros`, or `text`.
 */
export type ExportStyle = 'count' | 'integer' | 'percent' | 'signed-percent' | 'euros' | 'text';

/** Column definitions of an accessible data table: how to sort a row, show it, and export it. */
export interface Column<Row> {
	key: string;
	label: string;
	/** Unit or precision shown under the label (« ménages », « % »). */
	unit?: string;
	/** Right-aligned, tabular figures. */
	numeric?: boolean;
	/** Sort value; null sorts last. */
	value: (row: Row) => number | string | null;
	/** Displayed text (already French-formatted). */
	text: (row: Row) => string;
	/** Greyed, explanatory cell (a missing objective, a small denominator). */
	muted?: (row: Row) => boolean;
	/** Link of the cell (e.g. a project sheet); the text is the link's name. */
	href?: (row: Row) => string;
	/**
	 * Export format. Default: a numeric column exports `value` as a number when its format
	 * gives back the displayed text exactly (count, percent, euros…), else the text; other columns export `text`.
	 */
	format?: ExportStyle;
	/** Decimals of an explicit `format` (default 0, euros 2). */
	decimals?: number;
	/** Exported number when it differs from the sort value; null exports an empty cell. */
	exportValue?: (row: Row) => number | null;
}

export type SortDirection = 'ascending' | 'descending';

/** Stable sort by one column; nulls last whatever the direction. */
export function sortRows<Row>(rows: readonly Row[], column: Column<Row> | undefined, direction: SortDirection): Row[] {
	if (!column) return [...rows];
	const sign = direction === 'ascending' ? 1 : -1;
	return rows
		.map((row, index) => ({ row, index, v: column.value(row) }))
		.sort((a, b) => {
			if (a.v == null || b.v == null) return a.v == null && b.v == null ? a.index - b.index : a.v == null ? 1 : -1;
			const cmp = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'fr');
			return cmp === 0 ? a.index - b.index : sign * cmp;
		})
		.map((x) => x.row);
}

/**
 * Which rows a long table shows: the rows matching the filter box (every word of it found in the
 * row's text, accents and case ignored), pinned rows (the region total) always, and only the
 * first `limit` of the others until the reader asks for them all. Pure; DataTable draws it.
 */
import { normaliser } from '../../format/search-text';

export interface RowsShown<Row> {
	rows: Row[];
	/** Rows matching the filter, pinned ones included. */
	matching: number;
	/** Matching rows not drawn because the table is folded. */
	hidden: number;
}

/**
 * @param sorted rows in display order, pinned rows first
 * @param searchText the words of a row the filter is matched against (row header, codes…)
 * @param limit rows shown while folded (pinned rows not counted); null: no folding
 */
export function rowsShown<Row>(sorted: readonly Row[], pinned: (row: Row) => boolean, searchText: (row: Row) => string, filter: string, limit: number | null): RowsShown<Row> {
	const words = normaliser(filter).split(' ').filter(Boolean);
	const matches = words.length ? sorted.filter((row) => pinned(row) || words.every((w) => normaliser(searchText(row)).includes(w))) : [...sorted];
	const kept = matches.filter(pinned);
	const others = matches.filter((row) => !pinned(row));
	const drawn = limit == null ? others : others.slice(0, limit);
	return { rows: [...kept, ...drawn], matching: matches.length, hidden: others.length - drawn.length };
}

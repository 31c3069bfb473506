/**
 * The sort of a table in the URL query: `tri=<tableId>.<colonne>.<asc|desc>`, one `tri`
 * per sorted table (`?date=…&tri=prioritaires-table.realise.desc`). Pure: no browser access.
 */

/** Query key of table sorts. */
export const SORT_KEY = 'tri';

export type SortOrder = 'asc' | 'desc';

/** A table's sort: the key of the column and the order. */
export interface TableSort {
	column: string;
	order: SortOrder;
}

/** Table ids and column keys: letters, digits, `_` and `-`, at most 60 characters each. */
const NAME = /^[A-Za-z0-9_-]{1,60}$/;
const ENTRY = /^([A-Za-z0-9_-]{1,60})\.([A-Za-z0-9_-]{1,60})\.(asc|desc)$/;

/** Whether `name` can be a table id or column key in the URL. */
export function isSortName(name: string): boolean {
	return NAME.test(name);
}

/** The sort of table `tableId` in `query`, or null (absent or malformed). The last entry wins. */
export function readSort(query: URLSearchParams, tableId: string): TableSort | null {
	let found: TableSort | null = null;
	for (const raw of query.getAll(SORT_KEY)) {
		const match = ENTRY.exec(raw);
		if (match && match[1] === tableId) found = { column: match[2], order: match[3] as SortOrder };
	}
	return found;
}

/**
 * `query` with the sort of `tableId` replaced (or removed when `sort` is null), every other
 * parameter and other tables' sorts kept in place; '' or `?…`.
 */
export function writeSort(query: URLSearchParams, tableId: string, sort: TableSort | null): string {
	if (!isSortName(tableId) || (sort && !isSortName(sort.column))) throw new Error(`Tri non inscriptible : ${tableId}`);
	const next = new URLSearchParams();
	for (const [key, value] of query) {
		if (key === SORT_KEY && value.startsWith(`${tableId}.`)) continue;
		next.append(key, value);
	}
	if (sort) next.append(SORT_KEY, `${tableId}.${sort.column}.${sort.order}`);
	const text = next.toString();
	return text ? `?${text}` : '';
}

/**
 * `query` (a view query, '' or `?…`) with the table sorts of `current` appended, so that
 * changing the date or the territory keeps the tables sorted: '' or `?…`.
 */
export function keepSorts(query: string, current: URLSearchParams): string {
	const next = new URLSearchParams(query);
	for (const sort of current.getAll(SORT_KEY)) if (ENTRY.test(sort)) next.append(SORT_KEY, sort);
	const text = next.toString();
	return text ? `?${text}` : '';
}

/** Table sorts in the URL: `tri=<table>.<colonne>.<asc|desc>`, other parameters kept. */
import { describe, expect, it } from 'vitest';
import { keepSorts, readSort, writeSort } from '../../src/lib/state/sort-query';

const q = (text: string) => new URLSearchParams(text);

describe('reading', () => {
	it('finds the sort of one table among others', () => {
		const query = q('date=2022-05-31&tri=prioritaires-table.taux-date.asc&tri=prioritaires-epci-table.cour-part.desc');
		expect(readSort(query, 'prioritaires-table')).toEqual({ column: 'taux-date', order: 'asc' });
		expect(readSort(query, 'prioritaires-epci-table')).toEqual({ column: 'cour-part', order: 'desc' });
		expect(readSort(query, 'trajectoire-table')).toBeNull();
	});
	it('ignores malformed entries', () => {
		for (const raw of ['t.c', 't.c.up', 't..asc', 't.c.asc.x', 't.<b>.asc', `t.${'c'.repeat(61)}.asc`]) expect(readSort(q(`tri=${encodeURIComponent(raw)}`), 't')).toBeNull();
	});
});

describe('writing', () => {
	it('replaces the sort of a table and keeps every other parameter in place', () => {
		const query = q('date=2022-05-31&tri=a.x.asc&territoire=59&tri=b.y.desc');
		expect(writeSort(query, 'a', { column: 'z', order: 'desc' })).toBe('?date=2022-05-31&territoire=59&tri=b.y.desc&tri=a.z.desc');
		expect(writeSort(query, 'b', null)).toBe('?date=2022-05-31&tri=a.x.asc&territoire=59');
		expect(writeSort(q(''), 'a', null)).toBe('');
	});
	it('reads back what it writes', () => {
		const written = writeSort(q('date=2022-05-31'), 'prioritaires-table', { column: 'realise', order: 'asc' });
		expect(readSort(q(written.slice(1)), 'prioritaires-table')).toEqual({ column: 'realise', order: 'asc' });
	});
	it('refuses names that would not read back', () => {
		expect(() => writeSort(q(''), 'a.b', { column: 'x', order: 'asc' })).toThrow();
	});
});

describe('a view change', () => {
	it('keeps the well-formed sorts of the current address', () => {
		const current = q('date=2022-05-31&tri=a.x.asc&tri=bad&territoire=59');
		expect(keepSorts('?date=2022-04-30', current)).toBe('?date=2022-04-30&tri=a.x.asc');
		expect(keepSorts('', current)).toBe('?tri=a.x.asc');
		expect(keepSorts('', q('date=2022-05-31'))).toBe('');
	});
});

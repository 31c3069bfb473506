/**
 * Values never reach SQL as text: every query of the catalog (src/lib/queries/catalog.ts and the
 * family catalogs still to be registered there) binds each value as `$n` and leaves no value in
 * its SQL text; run on native DuckDB with hostile strings in place of its string values, it
 * returns rows or a conversion error — never a parser error — and the extracts are untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native.ts';
import { catalogQueries } from '../../src/lib/queries/catalog.ts';
import { catalogBailleur } from '../../src/lib/queries/catalog-bailleur.ts';
import { catalogTerritoire } from '../../src/lib/queries/catalog-territoire.ts';
import type { Query, QueryValue } from '../../src/lib/queries/query.ts';
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts.ts';

const HOSTILE_STRINGS = [
	"'; DROP TABLE attributions; --",
	"59' OR '1'='1",
	'32 /* */ UNION SELECT 1 --',
	'\u202E59\u200F🏠',
	'\u0000',
	'9'.repeat(10_000)
];

const queries: Query<unknown>[] = [...catalogQueries(), ...catalogBailleur(), ...catalogTerritoire()];

/** Highest `$n` of the SQL text (0 when none). */
const highestPlaceholder = (sql: string) => Math.max(0, ...[...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));

describe('every catalog query binds its values', () => {
	it('covers the catalog', () => {
		expect(queries.length).toBeGreaterThan(40);
	});

	it.each(queries.map((q, i) => [`${i} ${q.name}`, q] as const))('%s: one $n per value, no value in the SQL', (_, q) => {
		expect(highestPlaceholder(q.sql)).toBe(q.params.length);
		for (const value of q.params) {
			// Dates and SIREN may not be in the SQL; short codes ('32') and indicator names
			// ('prioritaires', also a column name) may equal a fixed part of it.
			if (typeof value === 'string' && /^[\d-]{5,}$/.test(value)) expect(q.sql).not.toContain(value);
		}
	});
});

describe('hostile strings as bound values on native DuckDB', () => {
	let db: NativeDb;
	const counts = () => Promise.all(EXTRACT_NAMES.map(async (name) => (await db.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${name}`))[0].n));
	let before: number[];
	beforeAll(async () => {
		db = await openExtracts('data/extracts');
		before = await counts();
	});
	afterAll(() => db?.close());

	it('only ever give rows or a conversion error, and leave every extract as it was', async () => {
		const outcomes = new Map<string, number>();
		for (const q of queries.filter((q) => q.params.some((v) => typeof v === 'string'))) {
			for (const hostile of HOSTILE_STRINGS) {
				const params: QueryValue[] = q.params.map((v) => (typeof v === 'string' ? hostile : v));
				const outcome = await db.run({ ...q, params }).then(
					(rows) => (rows.length === 0 ? 'aucune ligne' : 'lignes'),
					(error: Error) => error.message.split(':')[0]
				);
				outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
			}
		}
		expect([...outcomes.keys()].sort()).toEqual(expect.arrayContaining(['Conversion Error']));
		for (const outcome of outcomes.keys()) expect(['aucune ligne', 'lignes', 'Conversion Error', 'Invalid Input Error']).toContain(outcome);
		expect(await counts()).toEqual(before);
	}, 120_000);
});

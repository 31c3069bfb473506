/**
 * The answers prebuilt at build time for the browser (src/lib/server/prebuilt.ts): they replay a
 * view exactly as the engine computes it, survive JSON, and are looked up by the same key in the
 * browser (src/lib/db/prebuilt-rows.ts), which falls back to DuckDB for anything else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { computePrebuilt, prebuiltAnswers, type PrebuiltAnswers } from '../../src/lib/server/prebuilt';
import { prebuiltKey } from '../../src/lib/queries/prebuilt-key';
import { createPrebuiltRows } from '../../src/lib/db/prebuilt-rows';
import { query, type Query, type QueryRunner } from '../../src/lib/queries/query';
import { loadPrioritaires } from '../../src/lib/views/prioritaires';
import { loadCommission } from '../../src/lib/views/commission';
import { lignesDuTerritoire } from '../../src/lib/views/territoire-lignes';

let db: NativeDb;
let answers: PrebuiltAnswers;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
	answers = await computePrebuilt(db);
}, 120_000);
afterAll(() => db?.close());

/** A runner that knows only the prebuilt answers, through JSON as the browser receives them. */
const replay: QueryRunner = {
	async run<Row>(q: Query<Row>): Promise<Row[]> {
		const rows = answers.get(prebuiltKey(q));
		if (!rows) throw new Error(`non préconstruite : ${q.name} ${JSON.stringify(q.params)}`);
		return JSON.parse(JSON.stringify(rows)) as Row[];
	}
};

describe('prebuilt answers', () => {
	it('name a query by its name, SQL and values', () => {
		const a = query('q', 'SELECT $1', ['2022-05-31']);
		expect(prebuiltKey(a)).toMatch(/^[0-9a-f]{16}$/);
		expect(prebuiltKey(a)).toBe(prebuiltKey(query('q', 'SELECT $1', ['2022-05-31'])));
		expect(prebuiltKey(a)).not.toBe(prebuiltKey(query('q', 'SELECT $1', ['2022-04-30'])));
		expect(prebuiltKey(a)).not.toBe(prebuiltKey(query('q', 'SELECT $1 ', ['2022-05-31'])));
	});

	it('are identical after JSON to the rows the engine gives', () => {
		expect(answers.size).toBeGreaterThan(600);
		for (const rows of answers.values()) expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
	});

	it('replay a DDETS link (Nord, 31 May 2022) with the deck figures, and the commission of that month', async () => {
		const data = await loadPrioritaires(replay, '2022-05-31', '59');
		expect(data).toEqual(await loadPrioritaires(db, '2022-05-31', '59'));
		const nord = lignesDuTerritoire('59', data.departements, data.epci).find((l) => l.code === '59');
		expect([nord?.objectif, nord?.realise]).toEqual([4804, 1413]);
		const dates = ['2022-05-31'];
		expect(await loadCommission(replay, { date: '2022-05-31', territoire: '32' }, { available: dates })).toBeDefined();
	});

	it('are none in a diffusion build (no unmasked count published)', async () => {
		expect((await prebuiltAnswers(() => Promise.resolve(db), true)).size).toBe(0);
	});
});

describe('browser lookup', () => {
	const q = query('q', 'SELECT 1', []);
	const fakeFetch = (files: Record<string, unknown>) =>
		(async (url: string) => {
			const body = files[url];
			return body === undefined ? new Response('Introuvable', { status: 404 }) : Response.json(body);
		}) as unknown as typeof fetch;

	it('gives the rows of a listed key, null for any other or when the index is missing', async () => {
		const key = prebuiltKey(q);
		const found = createPrebuiltRows('/i', (k) => `/r/${k}`, fakeFetch({ '/i': { cles: [key] }, [`/r/${key}`]: [{ n: 1 }] }));
		expect(await found.lookup(q)).toEqual([{ n: 1 }]);
		expect(await found.lookup(query('q', 'SELECT 2', []))).toBeNull();
		const noIndex = createPrebuiltRows('/i', (k) => `/r/${k}`, fakeFetch({ [`/r/${key}`]: [{ n: 1 }] }));
		expect(await noIndex.lookup(q)).toBeNull();
		const missingFile = createPrebuiltRows('/i', (k) => `/r/${k}`, fakeFetch({ '/i': { cles: [key] } }));
		expect(await missingFile.lookup(q)).toBeNull();
	});
});

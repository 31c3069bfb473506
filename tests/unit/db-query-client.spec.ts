import { describe, expect, it } from 'vitest';
import { query, type Query } from '../../src/lib/queries/query.ts';
import type { PlainRow } from '../../src/lib/db/plain-rows.ts';
import { cacheKey, createQueryClient } from '../../src/lib/db/query-client.ts';

/** An executor whose calls stay pending until the test settles them. */
function controlledExecutor() {
	const calls: { query: Query<unknown>; resolve: (rows: PlainRow[]) => void; reject: (error: Error) => void }[] = [];
	const execute = (q: Query<unknown>) =>
		new Promise<PlainRow[]>((resolve, reject) => calls.push({ query: q, resolve, reject }));
	return { calls, execute };
}

const parDepartement = (code: string) => query<{ n: number }>('attributions_par_departement', 'SELECT $1 AS code', [code]);

describe('query client cache', () => {
	it('keys by name and bound values, keeping 1 and "1" apart', () => {
		expect(cacheKey(query('q', 'SELECT 1', [1]))).toBe('["q",[1]]');
		expect(cacheKey(query('q', 'SELECT 1', ['1']))).toBe('["q",["1"]]');
	});

	it('runs identical queries once and answers both callers', async () => {
		const { calls, execute } = controlledExecutor();
		const client = createQueryClient(execute);
		const first = client.run(parDepartement('59'));
		const second = client.run(parDepartement('59'));
		expect(calls).toHaveLength(1);
		calls[0].resolve([{ n: 12 }]);
		expect(await first).toEqual([{ n: 12 }]);
		expect(await second).toEqual([{ n: 12 }]);
		expect(await client.run(parDepartement('59'))).toEqual([{ n: 12 }]);
		expect(calls).toHaveLength(1);
	});

	it('returns a fresh array on every hit', async () => {
		const client = createQueryClient(async () => [{ n: 2 }, { n: 1 }]);
		(await client.run(parDepartement('80'))).sort((a, b) => a.n - b.n);
		expect(await client.run(parDepartement('80'))).toEqual([{ n: 2 }, { n: 1 }]);
	});

	it('does not cache failures', async () => {
		let attempt = 0;
		const client = createQueryClient(async () => {
			attempt++;
			if (attempt === 1) throw new Error('Extrait « stocks » absent (HTTP 404).');
			return [{ n: attempt }];
		});
		await expect(client.run(parDepartement('02'))).rejects.toThrow('Extrait « stocks » absent (HTTP 404).');
		expect(await client.run(parDepartement('02'))).toEqual([{ n: 2 }]);
	});

	it('evicts the least recently used result beyond maxEntries', async () => {
		let executions = 0;
		const client = createQueryClient(async (q) => [{ n: ++executions, code: String(q.params[0]) }], 2);
		await client.run(parDepartement('59'));
		await client.run(parDepartement('62'));
		await client.run(parDepartement('59')); // 59 used again: 62 is now the oldest
		await client.run(parDepartement('80'));
		expect(client.size).toBe(2);
		expect(await client.run(parDepartement('59'))).toEqual([{ n: 1, code: '59' }]);
		expect(await client.run(parDepartement('62'))).toEqual([{ n: 4, code: '62' }]);
	});
});

describe('concurrent calls', () => {
	// A query never cancels another: two views may run the same query with other params at once.
	it('answers calls of the same name with other params, each with its own rows, in any order', async () => {
		const { calls, execute } = controlledExecutor();
		const client = createQueryClient(execute);
		const nord = client.run(parDepartement('59'));
		const somme = client.run(parDepartement('80'));
		expect(calls.map((c) => c.query.params)).toEqual([['59'], ['80']]);
		calls[1].resolve([{ n: 80 }]);
		calls[0].resolve([{ n: 59 }]);
		expect(await Promise.all([nord, somme])).toEqual([[{ n: 59 }], [{ n: 80 }]]);
	});

	it('caches both executions', async () => {
		const { calls, execute } = controlledExecutor();
		const client = createQueryClient(execute);
		const first = client.run(parDepartement('59'));
		const second = client.run(parDepartement('62'));
		calls[0].resolve([{ n: 59 }]);
		calls[1].resolve([{ n: 62 }]);
		await Promise.all([first, second]);
		expect(await client.run(parDepartement('59'))).toEqual([{ n: 59 }]);
		expect(await client.run(parDepartement('62'))).toEqual([{ n: 62 }]);
		expect(calls).toHaveLength(2);
		expect(client.size).toBe(2);
	});

	it('passes execution errors through unchanged', async () => {
		const client = createQueryClient(async () => {
			throw new Error('Catalog Error: Table with name inconnue does not exist!');
		});
		await expect(client.run(parDepartement('59'))).rejects.toThrow('Catalog Error: Table with name inconnue does not exist!');
	});
});

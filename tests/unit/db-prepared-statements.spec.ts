import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { describe, expect, it } from 'vitest';
import { preparedStatementCache } from '../../src/lib/db/wasm-duckdb.ts';

/** A connection recording prepares and closes; SQL containing `ERREUR` fails to prepare. */
function fakeConnection() {
	const log: string[] = [];
	const connection = {
		prepare: async (sql: string) => {
			log.push(`prepare ${sql}`);
			if (sql.includes('ERREUR')) throw new Error('Parser Error');
			return { close: async () => void log.push(`close ${sql}`) };
		}
	};
	return { log, connection: connection as unknown as AsyncDuckDBConnection };
}

describe('prepared statement cache (DuckDB-wasm)', () => {
	it('prepares each SQL text once and closes the least recently used beyond the limit', async () => {
		const { log, connection } = fakeConnection();
		const prepare = preparedStatementCache(connection, 2);
		const a = await prepare('SELECT 1');
		expect(await prepare('SELECT 1')).toBe(a);
		await prepare('SELECT 2');
		await prepare('SELECT 1'); // now most recent: SELECT 2 is the oldest
		await prepare('SELECT 3');
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(log).toEqual(['prepare SELECT 1', 'prepare SELECT 2', 'prepare SELECT 3', 'close SELECT 2']);
	});

	it('forgets a statement that failed to prepare', async () => {
		const { log, connection } = fakeConnection();
		const prepare = preparedStatementCache(connection);
		await expect(prepare('SELECT ERREUR')).rejects.toThrow('Parser Error');
		await expect(prepare('SELECT ERREUR')).rejects.toThrow('Parser Error');
		expect(log).toEqual(['prepare SELECT ERREUR', 'prepare SELECT ERREUR']);
	});
});

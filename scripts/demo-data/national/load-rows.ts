/** Loads rows built in TypeScript into a native DuckDB table through a temporary CSV file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NativeDb } from '../../lib/duckdb-native.ts';

const cell = (v: unknown) => (v == null ? '' : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));

/** Creates table `name` with `columns` (name → DuckDB type, in row order) holding `rows`. */
export async function loadRows(db: NativeDb, name: string, columns: Record<string, string>, rows: readonly (readonly unknown[])[]): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'pdalhpd-national-'));
	try {
		const file = join(dir, `${name}.csv`);
		writeFileSync(file, [Object.keys(columns).join(','), ...rows.map((r) => r.map(cell).join(','))].join('\n') + '\n');
		const spec = Object.entries(columns)
			.map(([c, t]) => `'${c}': '${t}'`)
			.join(', ');
		await db.exec(`CREATE TABLE ${name} AS SELECT * FROM read_csv('${file}', header = true, columns = {${spec}})`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

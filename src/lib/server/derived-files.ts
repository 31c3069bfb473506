/**
 * The tables derived from the extracts (src/lib/queries/cumuls.ts) as Parquet files for the
 * browser, `/extraits/<name>.parquet`: written at build time by native DuckDB from the extracts
 * the site is built from, with the same settings as the extracts (zstd, fixed row order).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openExtracts } from '../../../scripts/lib/duckdb-native';
import { DERIVED_NAMES, type DerivedName } from '../contract/extracts';

/** The Parquet bytes of derived table `name`, computed from the extracts of `dir`. */
export async function derivedParquet(dir: string, name: DerivedName): Promise<Uint8Array> {
	if (!DERIVED_NAMES.includes(name)) throw new Error(`Table dérivée inconnue : ${name}`);
	const db = await openExtracts(dir);
	const folder = mkdtempSync(join(tmpdir(), 'pdalhpd-derive-'));
	try {
		const target = join(folder, `${name}.parquet`).replaceAll("'", "''");
		// openExtracts has derived the table, rows in the order of its SELECT.
		await db.exec(`COPY ${name} TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
		return readFileSync(join(folder, `${name}.parquet`));
	} finally {
		db.close();
		rmSync(folder, { recursive: true, force: true });
	}
}

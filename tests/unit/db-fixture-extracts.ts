/**
 * A small throwaway extract set (every extract of src/lib/contract/extracts.ts, exact column
 * types, a few nulls, accents, a BIGINT above 2^31) written with native DuckDB into a temp
 * folder, for the engine specs while the real ingestion is being written.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNativeDb } from '../../scripts/lib/duckdb-native.ts';
import { EXTRACT_COLUMNS, EXTRACT_NAMES, type ExtractName } from '../../src/lib/contract/extracts.ts';

/** `SELECT` bodies as VALUES lists, one row per line; columns are cast to the contract types. */
const ROWS: Record<ExtractName, string[]> = {
	territoires: [
		"('region', '32', 'Hauts-de-France', NULL, 5980000)",
		"('departement', '59', 'Nord', '59', 2600000)",
		"('departement', '80', 'Somme', '80', 570000)",
		"('epci', '200093201', 'Métropole Européenne de Lille', '59', 1180000)",
		"('epci', '248000531', 'CA Amiens Métropole', '80', 180000)"
	],
	bailleurs: ["('123456789', 'Office « Lille » Habitat', 'LMH', 'OPH')", "('987654321', 'Clésence', NULL, 'ESH')"],
	attributions: [
		"('2024-01-01', '59', '200093201', '123456789', 10, 3, 1, 0, 6, 2, 4, 3, 1)",
		"('2024-02-01', '59', '200093201', '123456789', 12, 4, 2, 1, 7, 3, 5, 4, 2)",
		"('2024-02-01', '80', '248000531', '987654321', 5, 2, 0, NULL, 5, 1, 0, 0, 0)",
		"('2024-03-01', '80', '248000531', NULL, 7, 1, 1, 1, 4, 2, 3, 2, 1)"
	],
	objectifs: [
		"(2024, 'prioritaires', 'departement', '59', NULL, 500, 'fixe')",
		"(2024, 'prioritaires', 'departement', '80', '987654321', NULL, 'non_fixe')"
	],
	stocks: ["('2024-03-31', 'region', '32', 'dalo', 1234)", "('2023-12-31', 'departement', '59', 'dalo', NULL)"],
	fnavdl_enveloppes: ["(2024, '59', 3000000000, 1500000, NULL)", "(2024, '80', 250000, 100000, 50000)"],
	fnavdl_projets: [
		"('P1', 2024, 'Accès au logement', 'Association Été', 'association', NULL, '59', '200093201', 'sans_abri', 120000, 10, 5, 15, '2024-06-30', 'en_cours')",
		"('P2', 2024, 'Maintien', 'Clésence', 'bailleur', '987654321', '80', NULL, 'dalo', 80000, NULL, 8, 8, NULL, 'termine')"
	],
	reforme: [
		"('200093201', true, '2016-03-01', '2017-01-15', NULL, '2019-07-01', true, 25)",
		"('248000531', false, NULL, NULL, NULL, NULL, NULL, NULL)"
	]
};

/** Writes the set (Parquet, zstd) and a manifest into a new temp folder and returns its path. */
export async function writeFixtureExtracts(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'pdalhpd-extracts-'));
	const db = await openNativeDb();
	try {
		for (const name of EXTRACT_NAMES) {
			const columns = Object.entries(EXTRACT_COLUMNS[name]);
			const aliases = columns.map((_, i) => `c${i}`).join(', ');
			const casts = columns.map(([column, type], i) => `c${i}::${type} AS ${column}`).join(', ');
			const file = join(dir, `${name}.parquet`);
			await db.exec(
				`COPY (SELECT ${casts} FROM (VALUES ${ROWS[name].join(', ')}) AS t(${aliases})) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`
			);
		}
	} finally {
		db.close();
	}
	writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ schemaVersion: 1, demonstration: true, latestDate: '2024-03-31' }));
	return dir;
}

/** Row counts of the fixture set. */
export const FIXTURE_ROW_COUNTS = Object.fromEntries(EXTRACT_NAMES.map((name) => [name, ROWS[name].length])) as Record<ExtractName, number>;

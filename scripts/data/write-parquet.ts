/**
 * Writes each extract from its staging table to `<dir>/<extract>.parquet` (zstd), rows
 * in a fixed order, so that the same inputs always give byte-identical files.
 */
import { join } from 'node:path';
import { EXTRACT_COLUMNS, EXTRACT_NAMES, type ExtractName } from '../../src/lib/contract/extracts.ts';
import { inputTable } from '../../src/lib/contract/inputs.ts';
import type { NativeDb } from '../lib/duckdb-native.ts';
import { stagingTable } from './staging.ts';

const ATTRIBUTION_KEYS = ['mois', 'code_departement', 'siren_epci', 'siren_bailleur'];

/** The ORDER BY terms of each extract: its key (unique, so the order is total). */
export function orderOf(extract: ExtractName): string[] {
	if (extract === 'territoires') return ["CASE niveau WHEN 'region' THEN 0 WHEN 'departement' THEN 1 ELSE 2 END", 'code'];
	if (extract === 'attributions') return ATTRIBUTION_KEYS;
	return [...inputTable(extract).key];
}

/** The SELECT producing the extract's rows, in extract column order. */
export function extractSelect(extract: ExtractName): string {
	const columns = Object.keys(EXTRACT_COLUMNS[extract]);
	const order = orderOf(extract)
		.map((term) => `${term} NULLS FIRST`)
		.join(', ');
	if (extract !== 'attributions') return `SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM ${stagingTable(extract)} ORDER BY ${order}`;
	const sums = columns.filter((c) => !ATTRIBUTION_KEYS.includes(c)).map((c) => `SUM("${c}")::INTEGER AS "${c}"`);
	return `SELECT ${ATTRIBUTION_KEYS.join(', ')}, ${sums.join(', ')} FROM ${stagingTable(extract)} GROUP BY ${ATTRIBUTION_KEYS.join(', ')} ORDER BY ${order}`;
}

/** Writes every extract into `dir`; returns the rows written per extract. */
export async function writeExtracts(db: NativeDb, dir: string): Promise<Record<ExtractName, number>> {
	const rows = {} as Record<ExtractName, number>;
	for (const extract of EXTRACT_NAMES) {
		const target = join(dir, `${extract}.parquet`).replaceAll("'", "''");
		await db.exec(`COPY (${extractSelect(extract)}) TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
		const [{ n }] = await db.all<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM read_parquet('${target}')`);
		rows[extract] = n;
	}
	return rows;
}

/**
 * The files of `/extraits/`: each extract as Parquet (for the browser engine) and as CSV
 * (for download: UTF-8 with BOM, `;`, decimal comma, so that Excel in French opens it
 * right), plus manifest.json. Read from `data/extracts/` at build time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNativeDb, type NativeDb } from '../../../scripts/lib/duckdb-native';
import { DERIVED_NAMES, EXTRACT_NAMES, type DerivedName, type ExtractName } from '../contract/extracts';
import { derivedParquet } from './derived-files';
import { assertExtractsComplete, assertExtractsExist } from './extracts-dir';

/** A file to serve: body and content type. */
export interface ExtractFile {
	body: Uint8Array;
	contentType: string;
}

const CONTENT_TYPES = {
	parquet: 'application/vnd.apache.parquet',
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8'
} as const;

const UTF8_BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

/**
 * Every file name served under `/extraits/`: manifest.json, then `<name>.parquet` and `<name>.csv`
 * of each extract, then the Parquet file of each table derived from them (for the browser engine).
 */
export function extractFileNames(): string[] {
	return ['manifest.json', ...EXTRACT_NAMES.flatMap((name) => [`${name}.parquet`, `${name}.csv`]), ...DERIVED_NAMES.map((name) => `${name}.parquet`)];
}

/**
 * The names of `extractFileNames()` to prerender from `dir`. manifest.json is always listed, so
 * a build without extracts fails with `Extraits introuvables …`. A missing Parquet file is left
 * out with a warning rather than failing the whole build: the browser then gets a 404 and shows
 * `Extrait « x » absent (HTTP 404).`; the build engine still fails for pages that query it.
 */
export function availableExtractFileNames(dir: string, warn: (message: string) => void = console.warn): string[] {
	const source = (file: string) => join(dir, file.endsWith('.csv') ? file.replace(/\.csv$/, '.parquet') : file);
	const names = extractFileNames();
	const missing = names.filter((file) => file !== 'manifest.json' && !isDerived(file) && !existsSync(source(file)));
	// A derived table needs every extract it comes from.
	if (missing.length > 0) missing.push(...DERIVED_NAMES.map((name) => `${name}.parquet`));
	if (missing.length > 0) warn(`Extraits absents de ${dir}, non publiés : ${missing.join(', ')}. Lancez \`npm run data\`.`);
	return names.filter((file) => !missing.includes(file));
}

const isDerived = (file: string) => DERIVED_NAMES.some((name) => file === `${name}.parquet`);

function parseFileName(file: string): { name: ExtractName | 'manifest'; extension: keyof typeof CONTENT_TYPES } | null {
	if (file === 'manifest.json') return { name: 'manifest', extension: 'json' };
	const match = /^([a-z_]+)\.(parquet|csv)$/.exec(file);
	if (!match || !EXTRACT_NAMES.includes(match[1] as ExtractName)) return null;
	return { name: match[1] as ExtractName, extension: match[2] as 'parquet' | 'csv' };
}

/** A column of the CSV: decimals with a comma (DuckDB's DECIMAL_SEPARATOR only applies to reading). */
function csvColumn({ column_name, column_type }: { column_name: string; column_type: string }): string {
	const name = `"${column_name.replaceAll('"', '""')}"`;
	return /^(DOUBLE|FLOAT|REAL|DECIMAL)/.test(column_type) ? `replace(CAST(${name} AS VARCHAR), '.', ',') AS ${name}` : name;
}

let csvDb: Promise<NativeDb> | undefined;

/** The extract as CSV bytes (with BOM), written by native DuckDB from its Parquet file. */
export async function extractToCsv(parquetPath: string): Promise<Uint8Array> {
	csvDb ??= openNativeDb();
	const db = await csvDb;
	const folder = mkdtempSync(join(tmpdir(), 'pdalhpd-csv-'));
	const csvPath = join(folder, 'extrait.csv');
	const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;
	try {
		const source = `read_parquet(${quoted(parquetPath)})`;
		const columns = await db.all<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM ${source}`);
		await db.exec(
			`COPY (SELECT ${columns.map(csvColumn).join(', ')} FROM ${source}) TO ${quoted(csvPath)} ` +
				`(FORMAT csv, HEADER, DELIMITER ';', DATEFORMAT '%Y-%m-%d')`
		);
		const csv = readFileSync(csvPath);
		const body = new Uint8Array(UTF8_BOM.length + csv.length);
		body.set(UTF8_BOM);
		body.set(csv, UTF8_BOM.length);
		return body;
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

/**
 * The file `file` of `/extraits/` read from `dir`, or null if the name is not one of
 * `extractFileNames()`. Throws in French if the extracts (or this one) are missing.
 */
export async function readExtractFile(dir: string, file: string): Promise<ExtractFile | null> {
	if (isDerived(file)) {
		assertExtractsComplete(dir);
		return { body: await derivedParquet(dir, file.replace(/\.parquet$/, '') as DerivedName), contentType: CONTENT_TYPES.parquet };
	}
	const parsed = parseFileName(file);
	if (!parsed) return null;
	assertExtractsExist(dir);
	const contentType = CONTENT_TYPES[parsed.extension];
	if (parsed.extension === 'json') return { body: readFileSync(join(dir, file)), contentType };
	const parquetPath = join(dir, `${parsed.name}.parquet`);
	if (!existsSync(parquetPath)) throw new Error(`Extrait « ${parsed.name} » absent de ${dir} : relancez \`npm run data\`.`);
	if (parsed.extension === 'parquet') return { body: readFileSync(parquetPath), contentType };
	return { body: await extractToCsv(parquetPath), contentType };
}

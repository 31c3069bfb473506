/**
 * One extract from our origin to an Arrow IPC stream: fetch the Parquet file, decode it
 * with hyparquet (zstd through hyparquet-compressors), build the Arrow table of the contract.
 * Runs on the main thread while DuckDB-wasm boots in its worker; extracts are small.
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { TableName } from '../contract/extracts';
import { arrowToIpcStream, extractToArrow } from './arrow-table';
import { missingExtract, unreadableExtract } from './errors';

/** Parquet bytes → rows with DATE as days since 1970-01-01 (not `Date` objects) and BIGINT as bigint. */
export async function decodeParquetRows(bytes: ArrayBuffer): Promise<{ columns: string[]; rows: Record<string, unknown>[] }> {
	const metadata = parquetMetadata(bytes);
	const columns = metadata.schema.slice(1).map((element) => element.name);
	const rows = await parquetReadObjects({
		file: bytes,
		metadata,
		compressors,
		parsers: { dateFromDays: (days: number) => days }
	});
	return { columns, rows };
}

/**
 * Parquet bytes of `extract` → Arrow IPC stream. Rejects with an `ExtractError`
 * (`Extrait « x » illisible : …`) on a corrupt file or a column missing or of the wrong type.
 */
export async function parquetToIpc(extract: TableName, bytes: ArrayBuffer): Promise<Uint8Array> {
	try {
		const { columns, rows } = await decodeParquetRows(bytes);
		return arrowToIpcStream(extractToArrow(extract, rows, columns));
	} catch (error) {
		throw unreadableExtract(extract, error);
	}
}

/**
 * Fetches `url` and decodes it as `extract`. Rejects with an `ExtractError`:
 * `Extrait « x » absent (HTTP 404).` on an HTTP error, `… illisible : …` otherwise.
 */
export async function fetchExtractIpc(extract: TableName, url: string, fetchFn: typeof fetch = fetch): Promise<Uint8Array> {
	let response: Response;
	try {
		response = await fetchFn(url);
	} catch (error) {
		throw unreadableExtract(extract, error);
	}
	if (!response.ok) throw missingExtract(extract, response.status);
	return parquetToIpc(extract, await response.arrayBuffer());
}

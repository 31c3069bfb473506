/** Byte accounting of the network requests of one page load (from CDP `Network.*` events). */

/** One finished request: its URL and the bytes received on the wire (CDP `encodedDataLength`: headers + compressed body). */
export interface TransferredResource {
	url: string;
	bytes: number;
}

/** Bytes of a set of requests, with DuckDB's wasm binary counted apart. */
export interface ByteAccount {
	/** All requests, wasm included. */
	total: number;
	/** The DuckDB-wasm binaries (`*.wasm`). */
	wasm: number;
	/** `total - wasm`. */
	sansWasm: number;
	/** The Parquet extracts (`/extraits/*.parquet`): the data a view downloads. */
	extraits: number;
	requests: number;
}

/** True for a WebAssembly binary (DuckDB's engine), whatever the query string. */
export function isWasm(url: string): boolean {
	try {
		return new URL(url).pathname.endsWith('.wasm');
	} catch {
		return url.split(/[?#]/)[0].endsWith('.wasm');
	}
}

/** Sums the bytes of finished requests; data: and blob: URLs cost nothing on the wire and are skipped. */
export function accountBytes(resources: readonly TransferredResource[]): ByteAccount {
	let total = 0;
	let wasm = 0;
	let extraits = 0;
	let requests = 0;
	for (const { url, bytes } of resources) {
		if (url.startsWith('data:') || url.startsWith('blob:')) continue;
		total += bytes;
		if (isWasm(url)) wasm += bytes;
		if (/\/extraits\/[^/?#]+\.parquet/.test(url)) extraits += bytes;
		requests++;
	}
	return { total, wasm, sansWasm: total - wasm, extraits, requests };
}

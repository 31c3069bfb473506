/**
 * Collects the bytes of every finished request of a page, its workers' included (DuckDB's
 * worker fetches the wasm itself, which a page-level CDP `Network` session does not see).
 */
import type { Page, Request } from 'playwright-core';
import type { TransferredResource } from './bytes';

/** Finished requests: bytes = response headers + encoded (compressed) body, as received. */
export interface TransferLog {
	/** Every request finished so far. */
	untilNow(): Promise<TransferredResource[]>;
	/**
	 * The first view: requests issued before the page's `load` event (and finished). What the
	 * engine fetches once the page has loaded (extracts, DuckDB's worker and wasm) is not in it.
	 */
	beforeLoad(): Promise<TransferredResource[]>;
}

/** Starts recording; call before navigation. */
export function trackTransfers(page: Page): TransferLog {
	const finished: { request: Request; resource: Promise<TransferredResource> }[] = [];
	const issuedBeforeLoad = new Set<Request>();
	let loaded = false;
	page.on('load', () => (loaded = true));
	page.on('request', (request) => {
		if (!loaded) issuedBeforeLoad.add(request);
	});
	page.on('requestfinished', (request) => {
		const resource = request
			.sizes()
			.then((s) => ({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize }))
			.catch(() => ({ url: request.url(), bytes: 0 }));
		finished.push({ request, resource });
	});
	const collect = (keep: (request: Request) => boolean) => Promise.all(finished.filter((f) => keep(f.request)).map((f) => f.resource));
	return { untilNow: () => collect(() => true), beforeLoad: () => collect((request) => issuedBeforeLoad.has(request)) };
}

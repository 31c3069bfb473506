/**
 * Collects the bytes of every finished request of a page, its workers' included (DuckDB's
 * worker fetches the wasm itself, which a page-level CDP `Network` session does not see).
 */
import type { Page } from 'playwright-core';
import type { TransferredResource } from './bytes';

/** Finished requests so far: bytes = response headers + encoded (compressed) body, as received. */
export interface TransferLog {
	untilNow(): Promise<TransferredResource[]>;
}

/** Starts recording; call before navigation. */
export function trackTransfers(page: Page): TransferLog {
	const finished: Promise<TransferredResource>[] = [];
	page.on('requestfinished', (request) => {
		finished.push(
			request
				.sizes()
				.then((s) => ({ url: request.url(), bytes: s.responseHeadersSize + s.responseBodySize }))
				.catch(() => ({ url: request.url(), bytes: 0 }))
		);
	});
	return { untilNow: () => Promise.all([...finished]) };
}

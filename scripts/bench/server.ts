/**
 * A tiny static server for a SvelteKit static build (`build/`), on 127.0.0.1: `/x` → `x.html`
 * (trailingSlash 'never', paths resolved as the CSP test server does), `.wasm` as `application/wasm` (streaming compilation), gzip for
 * compressible types (computed once per file and kept in memory, as a CDN would), no caching
 * headers beyond the browser's defaults.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, fileFor } from '../serve/serve';

/** Already-compressed formats: gzip would cost CPU for nothing. */
const INCOMPRESSIBLE = new Set(['.png', '.woff2', '.woff', '.parquet']);

/** Serves `root` on 127.0.0.1:`port` with gzip when `gzip` is true; resolves once listening. */
export function serveStatic(root: string, port: number, gzip = true): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const absoluteRoot = resolve(root);
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const file = await fileFor(absoluteRoot, url.pathname);
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable');
			return;
		}
		const ext = extname(file);
		const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream' };
		let body = await readFile(file);
		if (gzip && !INCOMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(body));
			body = gzipped.get(file)!;
			headers['content-encoding'] = 'gzip';
			headers['vary'] = 'accept-encoding';
		}
		headers['content-length'] = String(body.length);
		res.writeHead(200, headers).end(body);
	});
	return new Promise((done, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => done(server));
	});
}

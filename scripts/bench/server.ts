/**
 * A tiny static server for a SvelteKit static build (`build/`), on 127.0.0.1: `/x` → `x.html`
 * (trailingSlash 'never', paths resolved as the CSP test server does), `.wasm` as `application/wasm` (streaming compilation), gzip for
 * compressible types (computed once per file and kept in memory, as a CDN would), and the cache
 * headers of docs/deploiement.md: fingerprinted files (`/_app/immutable/`) cached for a year, the
 * rest revalidated with an ETag (a warm visit gets `304 Not Modified`, as from nginx). `pages` adds virtual HTML pages (the static floor), served the same way.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONTENT_TYPES, fileFor } from '../serve/serve';

/** Already-compressed formats: gzip would cost CPU for nothing. */
const INCOMPRESSIBLE = new Set(['.png', '.woff2', '.woff', '.parquet']);

/** What production sends (docs/deploiement.md): a year for fingerprinted files, revalidation otherwise. */
export function cacheControl(pathname: string): string {
	return pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export interface ServeOptions {
	gzip?: boolean;
	/** Path → HTML of pages that are not files of `root`. */
	pages?: Record<string, string>;
}

/** Serves `root` on 127.0.0.1:`port`; resolves once listening. */
export function serveStatic(root: string, port: number, { gzip = true, pages = {} }: ServeOptions = {}): Promise<Server> {
	const gzipped = new Map<string, Buffer>();
	const absoluteRoot = resolve(root);
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const virtual = pages[url.pathname];
		const file = virtual === undefined ? await fileFor(absoluteRoot, url.pathname) : `virtual:${url.pathname}.html`;
		if (!file) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Introuvable');
			return;
		}
		const ext = extname(file);
		const headers: Record<string, string> = { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'cache-control': cacheControl(url.pathname) };
		let body: Buffer = virtual === undefined ? await readFile(file) : Buffer.from(virtual, 'utf8');
		// nginx's validator: modification time and size, no hashing of 34 MB of wasm per request.
		const info = virtual === undefined ? await stat(file) : { mtimeMs: 0, size: body.length };
		const etag = `"${Math.floor(info.mtimeMs).toString(16)}-${info.size.toString(16)}"`;
		headers['etag'] = etag;
		if (req.headers['if-none-match'] === etag) {
			res.writeHead(304, headers).end();
			return;
		}
		if (gzip && !INCOMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			if (!gzipped.has(file + etag)) gzipped.set(file + etag, gzipSync(body));
			body = gzipped.get(file + etag)!;
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

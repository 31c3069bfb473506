/**
 * `npm run serve [-- --port 4173] [--root build]`: serves the static build on 127.0.0.1 with the
 * site's security headers on every response (scripts/serve/csp.js), as production must:
 * the browser tests run against it, so any CSP violation fails them (console error).
 * `/x` → `x.html` (trailingSlash 'never'); HTML gets the hashes of its inline scripts in `script-src`.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { contentSecurityPolicy, inlineScriptHashes, SECURITY_HEADERS } from './csp.js';

/** Content type by extension (the bench server, scripts/bench/server.ts, uses it too). */
export const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.wasm': 'application/wasm',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8'
};

/** The file of `root` (absolute) answering `pathname`, or null; never a path outside `root`. */
export async function fileFor(root: string, pathname: string): Promise<string | null> {
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	if (decoded.includes('\0')) return null;
	const base = resolve(root, `.${decoded}`);
	const candidates = decoded.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`];
	for (const file of candidates) {
		if (file !== root && !file.startsWith(root + sep)) continue;
		if ((await stat(file).catch(() => null))?.isFile()) return file;
	}
	return null;
}

/** Serves `root` on 127.0.0.1:`port`; resolves once listening. */
export function serveBuild(root: string, port: number): Promise<Server> {
	const absoluteRoot = resolve(root);
	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
		const file = await fileFor(absoluteRoot, pathname);
		const headers: Record<string, string> = { ...SECURITY_HEADERS };
		if (!file) {
			headers['content-security-policy'] = contentSecurityPolicy();
			response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('Page introuvable');
			return;
		}
		const body = await readFile(file);
		const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
		headers['content-security-policy'] = contentSecurityPolicy(type.startsWith('text/html') ? inlineScriptHashes(body.toString('utf8')) : []);
		// Fingerprinted files never change: cached, DuckDB's wasm is also compiled once (Chromium's code cache).
		if (pathname.startsWith('/_app/immutable/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
		response.writeHead(200, { ...headers, 'content-type': type, 'content-length': String(body.length) });
		response.end(request.method === 'HEAD' ? undefined : body);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done(server));
	});
}

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const port = Number(option('port', process.env.PORT ?? '4173'));
	const root = option('root', 'build');
	serveBuild(root, port).then(
		() => console.log(`Site statique ${root}/ servi sur http://127.0.0.1:${port} (avec sa CSP).`),
		(error: unknown) => {
			console.error(`Serveur impossible à démarrer : ${error instanceof Error ? error.message : String(error)}`);
			process.exitCode = 1;
		}
	);
}

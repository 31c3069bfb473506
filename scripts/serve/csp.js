/**
 * The Content-Security-Policy of the site: one list of directives shared by the pages' meta
 * tag (svelte.config.js `kit.csp`), the HTTP header of the test and preview server
 * (scripts/serve/serve.ts) and the nginx example of docs/deploiement.md.
 * Plain JavaScript: svelte.config.js is loaded by Node without a TypeScript loader.
 */
import { createHash } from 'node:crypto';

/**
 * Directive → sources, keywords unquoted as `kit.csp` wants them. Why each exception exists:
 * - `wasm-unsafe-eval`: DuckDB-wasm compiles its WebAssembly module;
 * - `img-src data:`: DSFR icons are data URIs, and so are the chart images drawn for the exports;
 * - `style-src unsafe-inline`: style attributes written by the pages and maplibre-gl.
 * Workers (DuckDB-wasm, maplibre-gl) are files of our origin: no `blob:` anywhere.
 * The one inline script of each prerendered page (SvelteKit's bootstrap) is allowed by its hash.
 * @type {Readonly<Record<string, string[]>>}
 */
export const CSP_DIRECTIVES = {
	'default-src': ['self'],
	'script-src': ['self', 'wasm-unsafe-eval'],
	'worker-src': ['self'],
	'connect-src': ['self'],
	'img-src': ['self', 'data:'],
	'font-src': ['self'],
	'style-src': ['self', 'unsafe-inline'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'frame-ancestors': ['none']
};

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'wasm-unsafe-eval']);

/**
 * The header value, with `scriptHashes` (`'sha256-…'`, quotes included) added to `script-src`.
 * @param {readonly string[]} [scriptHashes]
 * @returns {string}
 */
export function contentSecurityPolicy(scriptHashes = []) {
	return Object.entries(CSP_DIRECTIVES)
		.map(([name, sources]) => {
			const quoted = sources.map((source) => (KEYWORDS.has(source) ? `'${source}'` : source));
			return [name, ...quoted, ...(name === 'script-src' ? scriptHashes : [])].join(' ');
		})
		.join('; ');
}

/**
 * `'sha256-…'` of every inline `<script>` (no `src`) of an HTML page: what `script-src` must list.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
	return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
		(match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`
	);
}

/** Headers sent with every response besides the CSP. */
export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'same-origin'
};

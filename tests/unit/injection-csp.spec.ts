/**
 * The site's Content-Security-Policy (scripts/serve/csp.js): the exact header of docs/deploiement.md,
 * and the hashes of a page's inline scripts as the browser computes them (SHA-256 of the text, base64).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScriptHashes } from '../../scripts/serve/csp.js';

describe('Content-Security-Policy', () => {
	it('is the policy of docs/deploiement.md, hashes in script-src only, no foreign origin', () => {
		expect(contentSecurityPolicy(["'sha256-abc='"])).toBe(
			"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; worker-src 'self'; connect-src 'self'; " +
				"img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; " +
				"base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
		);
		expect(contentSecurityPolicy()).not.toMatch(/https?:|blob:|'unsafe-eval'/);
	});

	it('hashes every inline script of a page and no external one', () => {
		const bootstrap = '\n\t\t\t{ __sveltekit_x = { base: "" }; }\n\t\t';
		const html = `<head><script type="module" src="/_app/start.js"></script></head><body><script>${bootstrap}</script><script type="application/json">{"a":1}</script></body>`;
		const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		expect(inlineScriptHashes(html)).toEqual([sha(bootstrap), sha('{"a":1}')]);
		expect(inlineScriptHashes('<p>rien</p>')).toEqual([]);
	});
});

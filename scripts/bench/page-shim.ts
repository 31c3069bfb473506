/**
 * tsx (esbuild `keepNames`) rewrites named inner functions as `__name(fn, 'fn')`: a function
 * serialised into the page by `addInitScript`/`evaluate` then throws a ReferenceError there.
 * This shim, added to every bench context first, defines `__name` in the page as a no-op.
 */
import type { BrowserContext } from 'playwright-core';

export async function addNameShim(context: BrowserContext): Promise<void> {
	await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
}

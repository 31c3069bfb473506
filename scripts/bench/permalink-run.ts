/**
 * A shared link to a view other than the page's default (`/prioritaires?date=2022-05-31&territoire=59`):
 * the time until that view, and no other, is on screen. Cold: a fresh context (empty HTTP and
 * code caches). Warm: the same link opened again in the same context, once the first visit has
 * shown its view (HTTP cache filled, DuckDB's wasm compiled once).
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { addNameShim } from './page-shim';
import { pageTime } from './page-time';

/** A link and what its page shows once the requested view is computed. */
export interface Permalink {
	path: string;
	/** `data-testid` of the element naming the view shown, and the text it must contain then. */
	testId: string;
	text: string;
}

/** Times of one cold visit and the warm visit after it, ms from each navigation's start. */
export interface PermalinkSample {
	froid: number;
	chaud: number;
}

/**
 * Runs in the page before its scripts: records `performance.now()` at the first DOM change after
 * which the element names the requested view, nothing is being computed, and no block is marked
 * as showing another view (`[data-vue-perimee]`).
 */
function watchRequestedView({ testId, text }: { testId: string; text: string }): void {
	const w = window as unknown as { __benchVueDemandee?: number };
	const check = () => {
		const named = document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').includes(text) ?? false;
		const computing = [...document.querySelectorAll('[data-testid="view-status"]')].some((s) => s.textContent?.includes('Calcul en cours'));
		const stale = document.querySelector('[data-vue-perimee]') !== null;
		if (named && !computing && !stale) {
			w.__benchVueDemandee = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(check);
	observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

async function visit(context: BrowserContext, origin: string, link: Permalink, timeoutMs: number): Promise<number> {
	const page = await context.newPage();
	try {
		await page.addInitScript(watchRequestedView, { testId: link.testId, text: link.text });
		await page.goto(new URL(link.path, origin).href, { waitUntil: 'commit', timeout: timeoutMs });
		const shown = await pageTime(page, `vue demandée (${link.path})`, () => (window as unknown as { __benchVueDemandee?: number }).__benchVueDemandee, undefined, timeoutMs);
		// Let the engine finish what it fetches (extracts, compiled code in the cache) before the next visit.
		await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
		return shown;
	} finally {
		await page.close();
	}
}

/** One cold visit of `link`, then a warm one in the same context. */
export async function permalinkRun(browser: Browser, origin: string, link: Permalink, timeoutMs = 120_000): Promise<PermalinkSample> {
	const context = await browser.newContext();
	await addNameShim(context);
	try {
		const froid = await visit(context, origin, link, timeoutMs);
		const chaud = await visit(context, origin, link, timeoutMs);
		return { froid, chaud };
	} finally {
		await context.close();
	}
}

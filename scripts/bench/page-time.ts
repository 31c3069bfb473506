/** Times read in the page, in ms from navigation start (its `performance.now()` origin). */
import type { Page } from 'playwright-core';

/** Waits for `read()` in the page to give a time. A function, not a string: the site's CSP forbids `eval`. */
export async function pageTime<Arg>(page: Page, what: string, read: (arg: Arg) => number | undefined | false, arg: Arg, timeoutMs: number): Promise<number> {
	const handle = await page.waitForFunction(read, arg, { timeout: timeoutMs, polling: 20 }).catch((error: Error) => {
		throw new Error(`${what} : ${error.message}`);
	});
	return (await handle.jsonValue()) as number;
}

/** The page's first contentful paint. */
export function firstContentfulPaint(page: Page, timeoutMs: number): Promise<number> {
	return pageTime(page, 'first-contentful-paint', () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, undefined, timeoutMs);
}

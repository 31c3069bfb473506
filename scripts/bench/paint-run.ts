/** One cold load (new context, empty cache) of a page: its first contentful paint. */
import type { Browser } from 'playwright-core';
import { firstContentfulPaint } from './page-time';

/** FCP of `url` in a fresh context, ms from navigation start. */
export async function paintRun(browser: Browser, url: string, timeoutMs = 60_000): Promise<number> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
		return await firstContentfulPaint(page, timeoutMs);
	} finally {
		await context.close();
	}
}

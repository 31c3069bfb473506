/**
 * A warm session on the home page: date changes through the selector, each timed in the page
 * from the `change` event to the DOM update where the as-of date and the tables show the new month; JS heap
 * after a forced garbage collection at given interaction counts.
 */
import type { Browser, Page } from 'playwright-core';
import { addNameShim } from './page-shim';

export interface InteractionSample {
	/** Latency of each measured change, ms. */
	latencies: number[];
	/** True when the measured change went to a month not shown before in this session (computed by wasm, not cached). */
	nouveauMois: boolean[];
	/** JS heap used (bytes) after GC, by interaction count. */
	heap: Record<number, number>;
}

/** In the page: selects `date` and resolves with the ms until the panels show it in the DOM. */
function changeDate(date: string): Promise<number> {
	const select = document.querySelector<HTMLSelectElement>('[data-testid="date-select"]')!;
	const asOf = () => document.querySelector('[data-testid="synthese-date"]')?.textContent ?? '';
	const loading = () => document.body.textContent?.includes('Calcul en cours…') ?? false;
	const before = asOf();
	const start = performance.now();
	select.value = date;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	// Measured to the DOM update (the next paint follows within a frame, ≤ 17 ms at 60 Hz).
	return new Promise((resolve, reject) => {
		const done = () => {
			if (asOf() === before || loading()) return;
			observer.disconnect();
			clearTimeout(timer);
			resolve(performance.now() - start);
		};
		const observer = new MutationObserver(done);
		const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`pas de mise à jour pour ${date}`))), 60_000);
		observer.observe(document.body, { childList: true, subtree: true, characterData: true });
		done();
	});
}

async function heapAfterGc(page: Page): Promise<number> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('HeapProfiler.enable');
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('Performance.enable');
	const { metrics } = await cdp.send('Performance.getMetrics');
	await cdp.detach();
	return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/**
 * `total` date changes (cycling through the months, never to the one shown); latencies of
 * changes `warmup + 1 … warmup + measured`; heap measured after each count in `heapAt`.
 */
export async function interactionSession(
	browser: Browser,
	url: string,
	opts: { warmup: number; measured: number; total: number; heapAt: number[] }
): Promise<InteractionSample> {
	const context = await browser.newContext();
	await addNameShim(context);
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForFunction('window.__pdalhpd', undefined, { timeout: 120_000 });
		await page.evaluate(() => (window as unknown as { __pdalhpd: { ready: Promise<unknown> } }).__pdalhpd.ready);
		const dates = await page.locator('[data-testid="date-select"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
		if (dates.length < 2) throw new Error('Moins de deux mois dans le sélecteur : rien à changer.');
		const seen = new Set([await page.locator('[data-testid="date-select"]').inputValue()]);
		const sample: InteractionSample = { latencies: [], nouveauMois: [], heap: {} };
		for (let i = 1; i <= opts.total; i++) {
			const date = dates[i % dates.length]; // the session starts on dates[0]: consecutive months always differ
			const nouveau = !seen.has(date);
			seen.add(date);
			const ms = await page.evaluate(changeDate, date);
			if (i > opts.warmup && sample.latencies.length < opts.measured) {
				sample.latencies.push(ms);
				sample.nouveauMois.push(nouveau);
			}
			if (opts.heapAt.includes(i)) sample.heap[i] = await heapAfterGc(page);
		}
		return sample;
	} finally {
		await context.close();
	}
}

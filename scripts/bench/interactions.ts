/**
 * A warm session on /prioritaires (every panel of the commission's heart: table, trajectory,
 * EPCI map and table, bailleurs): changes of date, territoire and bailleur in turn through
 * the selectors, each timed in the page from the `change` event to the DOM update where the
 * lead line names the new view and nothing is loading; JS heap after a forced garbage
 * collection at given interaction counts.
 */
import type { Browser, Page } from 'playwright-core';
import { addNameShim } from './page-shim';
import type { Filtre } from './results';

export const SESSION_PATH = '/prioritaires';
const FILTRES: readonly Filtre[] = ['date', 'territoire', 'bailleur'];

export interface InteractionSample {
	/** Latency of each measured change, ms. */
	latencies: number[];
	/** Of each latency, the time the view's load took (queries through the cache or DuckDB-wasm), ms. */
	chargements: number[];
	/** The filter each measured change moved. */
	filtres: Filtre[];
	/** True when the measured change went to a view never shown before in this session (computed by wasm, not cached). */
	nouvelleVue: boolean[];
	/** JS heap used (bytes) after GC, by interaction count. */
	heap: Record<number, number>;
}

/** What one change cost, ms: in all, and in the view's load (measure `pdalhpd:view-load` of LiveView). */
interface ChangeTiming {
	total: number;
	chargement: number;
}

/** In the page: selects `value` in the `<testId>` select; resolves with the ms until the panels show the new view. */
function changeSelect([testId, value]: [string, string]): Promise<ChangeTiming> {
	const select = document.querySelector<HTMLSelectElement>(`[data-testid="${testId}"]`)!;
	const lead = () => document.querySelector('[data-testid="prioritaires-date"]')?.textContent ?? '';
	const loading = () => document.querySelector('[data-testid="view-status"]')?.textContent?.includes('Calcul en cours…') ?? false;
	const before = lead();
	performance.clearMeasures('pdalhpd:view-load');
	const start = performance.now();
	select.value = value;
	select.dispatchEvent(new Event('change', { bubbles: true }));
	// Measured to the DOM update (the next paint follows within a frame, ≤ 17 ms at 60 Hz).
	return new Promise((resolve, reject) => {
		const done = () => {
			if (lead() === before || loading()) return;
			observer.disconnect();
			clearTimeout(timer);
			const total = performance.now() - start;
			const chargement = performance.getEntriesByName('pdalhpd:view-load').at(-1)?.duration ?? 0;
			resolve({ total, chargement });
		};
		const observer = new MutationObserver(done);
		const timer = setTimeout(() => (observer.disconnect(), reject(new Error(`pas de mise à jour pour ${testId} = ${value}`))), 60_000);
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

async function optionValues(page: Page, filtre: Filtre): Promise<string[]> {
	return page.locator(`[data-testid="${filtre}-select"] option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
}

/**
 * `total` changes, the filters in turn (date, territoire, bailleur), each cycling through its
 * options, never to the one shown; latencies of changes `warmup + 1 … warmup + measured`; heap
 * measured after each count in `heapAt`. `url` is the site's root.
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
		await page.goto(new URL(SESSION_PATH, url).href, { waitUntil: 'load', timeout: 120_000 });
		await page.waitForFunction(() => '__pdalhpd' in window, undefined, { timeout: 120_000 });
		await page.evaluate(() => (window as unknown as { __pdalhpd: { ready: Promise<unknown> } }).__pdalhpd.ready);
		const options = Object.fromEntries(await Promise.all(FILTRES.map(async (f) => [f, await optionValues(page, f)] as const))) as Record<Filtre, string[]>;
		const position = Object.fromEntries(await Promise.all(FILTRES.map(async (f) => [f, options[f].indexOf(await page.locator(`[data-testid="${f}-select"]`).inputValue())] as const))) as Record<Filtre, number>;
		const seen = new Set<string>();
		const viewKey = () => FILTRES.map((f) => options[f][position[f]]).join('|');
		seen.add(viewKey());
		const sample: InteractionSample = { latencies: [], chargements: [], filtres: [], nouvelleVue: [], heap: {} };
		for (let i = 1; i <= opts.total; i++) {
			const filtre = FILTRES[(i - 1) % FILTRES.length];
			position[filtre] = (position[filtre] + 1) % options[filtre].length;
			const nouvelle = !seen.has(viewKey());
			seen.add(viewKey());
			const timing = await page.evaluate(changeSelect, [`${filtre}-select`, options[filtre][position[filtre]]] as [string, string]);
			if (i > opts.warmup && sample.latencies.length < opts.measured) {
				sample.latencies.push(timing.total);
				sample.chargements.push(timing.chargement);
				sample.filtres.push(filtre);
				sample.nouvelleVue.push(nouvelle);
			}
			if (opts.heapAt.includes(i)) sample.heap[i] = await heapAfterGc(page);
		}
		return sample;
	} finally {
		await context.close();
	}
}

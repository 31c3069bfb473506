/**
 * One cold load of the home page in a fresh browser context (empty cache): first contentful
 * paint, regional figures visible, first answer of the wasm engine, bytes on the wire.
 */
import type { Browser } from 'playwright-core';
import { addNameShim } from './page-shim';
import { datesDisponibles } from '../../src/lib/queries/dates';
import { accountBytes, type ByteAccount } from './bytes';
import { trackTransfers } from './network';
import { firstContentfulPaint, pageTime } from './page-time';

/** Times in ms from navigation start (the page's `performance.now()` origin). */
export interface ColdRunSample {
	fcp: number;
	figuresVisible: number;
	wasmFirstAnswer: number;
	firstView: ByteAccount;
	total: ByteAccount;
}

/** The prerendered (or wasm-computed) table of the first public, the page's "regional figures". */
export const FIGURES_SELECTOR = '[data-testid="synthese-prioritaires"]';

/**
 * Runs in the page before any of its scripts: records `performance.now()` when the figures'
 * table enters the DOM (while parsing when prerendered, after a Svelte flush otherwise).
 * Shown at the later of this time and the first contentful paint.
 */
function watchFigures(selector: string): void {
	const w = window as unknown as { __benchFiguresInDom?: number };
	const found = () => {
		if (w.__benchFiguresInDom === undefined && document.querySelector(selector)) {
			w.__benchFiguresInDom = performance.now();
			observer.disconnect();
		}
	};
	const observer = new MutationObserver(found);
	observer.observe(document, { childList: true, subtree: true });
}

/** Loads `url` once in a new context; `timeoutMs` bounds each wait (the machine is shared and slow). */
export async function coldRun(browser: Browser, url: string, timeoutMs = 120_000): Promise<ColdRunSample> {
	const context = await browser.newContext();
	await addNameShim(context);
	try {
		const page = await context.newPage();
		await page.addInitScript(watchFigures, FIGURES_SELECTOR);
		const transfers = trackTransfers(page);
		await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
		// The engine starts one task after load and first paint: what was asked before `load` is the first view.
		await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
		const firstView = accountBytes(await transfers.beforeLoad());
		const fcp = await firstContentfulPaint(page, timeoutMs);
		// Nothing is visible before the first contentful paint: in the DOM earlier means visible at FCP.
		const figuresVisible = Math.max(
			fcp,
			await pageTime(page, 'chiffres dans le DOM', () => (window as unknown as { __benchFiguresInDom?: number }).__benchFiguresInDom, undefined, timeoutMs)
		);
		await page.waitForFunction(() => '__pdalhpd' in window, undefined, { timeout: timeoutMs });
		const wasmFirstAnswer = await page.evaluate(async (query) => {
			const engine = (window as unknown as { __pdalhpd: { ready: Promise<unknown>; run: (q: unknown) => Promise<unknown[]> } }).__pdalhpd;
			await engine.ready;
			await engine.run(query);
			return performance.now();
		}, datesDisponibles());
		await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => {});
		const total = accountBytes(await transfers.untilNow());
		return { fcp, figuresVisible, wasmFirstAnswer, firstView, total };
	} finally {
		await context.close();
	}
}

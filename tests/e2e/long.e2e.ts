/**
 * A long session (`npm run test:long`; CI runs 100): 1 000 random interactions, reproducible from a
 * seed (env PDALHPD_LONG_SEED), across pages and filters — main navigation, date, territoire
 * and bailleur selects, table sorts, map focus and arrows. No console error (the guard), and
 * the JS heap of the page may not grow by 20 MB or more between interaction 50 and 1 000
 * (measured after a forced garbage collection, with the page's computations settled).
 */
import { test, expect } from './helpers';

type Page = import('@playwright/test').Page;

/** 1 000 by default; CI runs a shorter session (env PDALHPD_LONG_INTERACTIONS) to keep within its time. */
const INTERACTIONS = Number(process.env.PDALHPD_LONG_INTERACTIONS ?? 1_000);
const WARM_UP = 50;
const MAX_GROWTH_MB = 20;
const SEED = Number(process.env.PDALHPD_LONG_SEED ?? 20_221_231);

test.describe.configure({ timeout: 1_800_000 });

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function prng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** One interaction: does nothing and returns false when the page has no such control. */
type Interaction = (page: Page, random: Random) => Promise<boolean>;

/** How long a step waits for a control: the page may be between two views (client navigation). */
const CONTROL_TIMEOUT = 2_000;

/** Runs an attempt on a control; a control that vanished or stays covered makes it skip (false). */
async function attempt(action: () => Promise<boolean>): Promise<boolean> {
	try {
		return await action();
	} catch (error) {
		if (error instanceof Error && error.name === 'TimeoutError') return false;
		throw error;
	}
}

function chooseOption(page: Page, random: Random, testId: string): Promise<boolean> {
	return attempt(async () => {
		const select = page.getByTestId(testId).first();
		if ((await select.count()) === 0 || !(await select.isVisible()) || !(await select.isEnabled({ timeout: CONTROL_TIMEOUT }))) return false;
		const values = await select.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
		if (values.length === 0) return false;
		await select.selectOption(pick(random, values), { timeout: CONTROL_TIMEOUT });
		return true;
	});
}

const INTERACTIONS_BY_NAME: Record<string, Interaction> = {
	async navigation(page, random) {
		const links = page.locator('#navigation-principale a[href^="/"]');
		const count = await links.count();
		if (count === 0) return false;
		const link = links.nth(Math.floor(random() * count));
		const href = (await link.getAttribute('href', { timeout: CONTROL_TIMEOUT }).catch(() => null)) ?? '/';
		// The presentation mode covers the header with its slides: leave it by the address instead.
		const clicked = await attempt(() => link.click({ timeout: CONTROL_TIMEOUT }).then(() => true));
		if (!clicked) await page.goto(href);
		return true;
	},
	date: (page, random) => chooseOption(page, random, 'date-select'),
	territoire: (page, random) => chooseOption(page, random, 'territoire-select'),
	bailleur: (page, random) => chooseOption(page, random, 'bailleur-select'),
	tri: (page, random) =>
		attempt(async () => {
			const buttons = page.locator('main table button.sort');
			const count = await buttons.count();
			if (count === 0) return false;
			const button = buttons.nth(Math.floor(random() * count));
			if (!(await button.isVisible())) return false;
			await button.click({ timeout: CONTROL_TIMEOUT });
			return true;
		}),
	carte: (page, random) =>
		attempt(async () => {
			const map = page.locator('[data-carte="prete"] [tabindex="0"]').first();
			if ((await map.count()) === 0 || !(await map.isVisible())) return false;
			await map.focus({ timeout: CONTROL_TIMEOUT });
			await page.keyboard.press(pick(random, ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Escape']));
			return true;
		})
};

/** Waits for every recomputation of the page to end, then collects garbage and reads the JS heap (bytes). */
async function settledHeap(page: Page, cdp: import('@playwright/test').CDPSession): Promise<number> {
	await expect(page.getByText('Calcul en cours…')).toHaveCount(0, { timeout: 60_000 });
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	return metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
}

test(`${INTERACTIONS} random interactions (seed ${SEED}): no console error, JS heap growth under ${MAX_GROWTH_MB} MB`, async ({ page }) => {
	const random = prng(SEED);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto('/prioritaires');
	await page.evaluate(() => window.__pdalhpd?.ready);
	const names = Object.keys(INTERACTIONS_BY_NAME);
	const done: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
	let heapAtWarmUp = 0;
	const started = Date.now();
	// Where each console error happened, to reproduce it from the seed.
	let step = '';
	page.on('console', (message) => message.type() === 'error' && console.log(`Erreur après ${step} : ${message.text()}`));
	page.on('pageerror', (error) => console.log(`Exception après ${step} : ${error.message}\n${error.stack}`));
	// A page that stops answering fails the step in 30 s instead of holding the whole session.
	page.setDefaultTimeout(30_000);
	page.setDefaultNavigationTimeout(30_000);
	for (let i = 1; i <= INTERACTIONS; i++) {
		// Try kinds in a random order until one applies to the current page: every step acts.
		const order = [...names].sort(() => random() - 0.5);
		for (const name of order) {
			const url = page.url().replace(/^https?:\/\/[^/]+/, '');
			if (await INTERACTIONS_BY_NAME[name](page, random)) {
				done[name]++;
				step = `l'interaction ${i} (${name} sur ${url})`;
				break;
			}
		}
		if (i === WARM_UP) heapAtWarmUp = await settledHeap(page, cdp);
		if (i % 100 === 0) console.log(`${i} interactions en ${Math.round((Date.now() - started) / 1000)} s (${step})`);
	}
	const heapAtEnd = await settledHeap(page, cdp);
	const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
	const growth = heapAtEnd - heapAtWarmUp;
	console.log(
		`Session longue (graine ${SEED}) : ${INTERACTIONS} interactions en ${Math.round((Date.now() - started) / 1000)} s ${JSON.stringify(done)} ; ` +
			`tas JS après ${WARM_UP} : ${mb(heapAtWarmUp)} Mo, après ${INTERACTIONS} : ${mb(heapAtEnd)} Mo, écart ${mb(growth)} Mo`
	);
	expect(Object.values(done).reduce((a, b) => a + b, 0)).toBe(INTERACTIONS);
	expect(growth / 1_048_576).toBeLessThan(MAX_GROWTH_MB);
});

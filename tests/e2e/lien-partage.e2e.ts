/**
 * A shared link to another view than the prerendered one: until that view is computed, the
 * figures on screen are marked as another view's (greyed, hidden from screen readers, inert)
 * and a note names both; then the requested view replaces them, unmarked. The extracts and the
 * prebuilt answers are held back 3 s so that the wait is certain on any machine. Last, a link
 * among the prebuilt answers is right while the extracts have not even arrived.
 */
import { test, expect, normalizeSpaces } from './helpers';

type Page = import('@playwright/test').Page;

const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 180_000 });

/** Delays every response of `pattern` until `release` resolves. */
async function holdBack(page: Page, pattern: string, release: Promise<unknown>): Promise<void> {
	await page.route(pattern, async (route) => {
		await release;
		await route.continue();
	});
}

const threeSeconds = () => new Promise((resolve) => setTimeout(resolve, 3000));

test.describe('while the view is computed', () => {
	test.beforeEach(async ({ page }) => {
		await holdBack(page, '**/extraits/*.parquet', threeSeconds());
		await holdBack(page, '**/requetes/**', threeSeconds());
	});

	test('a department at an earlier month: the prerendered figures are marked until the link’s are computed', async ({ page }) => {
		await page.goto('/prioritaires?date=2022-05-31&territoire=59');
		const stale = page.locator('[data-vue-perimee]');
		await expect(stale).toHaveCount(1);
		await expect(stale).toHaveAttribute('aria-hidden', 'true');
		await expect(stale).toHaveAttribute('inert', '');
		expect(normalizeSpaces(await page.getByTestId('vue-perimee-note').innerText())).toBe(
			'Chiffres affichés : ceux du 31 décembre 2022, Hauts-de-France ; ceux du 31 mai 2022, Nord sont en cours de calcul.'
		);
		await expect(page.getByTestId('prioritaires-date')).toHaveText('Hauts-de-France, au 31 décembre 2022');
		// Hidden from assistive technologies: the tables of 31 December are not offered as the link's.
		await expect(page.getByRole('table', { name: /au 31 décembre 2022/ })).toHaveCount(0);

		await expect(page.getByTestId('prioritaires-date')).toHaveText('Nord, au 31 mai 2022', { timeout: WASM_TIMEOUT });
		await expect(stale).toHaveCount(0);
		await expect(page.getByTestId('vue-perimee-note')).toHaveCount(0);
		await expect(page.getByRole('table', { name: /au 31 mai 2022/ }).first()).toBeVisible();
	});

	test('the commission at an earlier month: slides marked, then the month asked', async ({ page }) => {
		await page.goto('/commission?date=2022-05-31');
		await expect(page.locator('[data-vue-perimee]').first()).toBeAttached();
		expect(normalizeSpaces(await page.getByTestId('vue-perimee-note').innerText())).toBe(
			'Chiffres affichés : ceux du 31 décembre 2022, Hauts-de-France ; ceux du 31 mai 2022, Hauts-de-France sont en cours de calcul.'
		);
		// The selectors of the title slide stay usable while the figures wait.
		await expect(page.getByTestId('date-select')).toBeEnabled();
		await expect(page.getByTestId('commission-dates')).toContainText('Ménages prioritaires et FNAVDL : données au 31 mai 2022', { timeout: WASM_TIMEOUT });
		await expect(page.locator('[data-vue-perimee]')).toHaveCount(0);
	});

	test('a link to an unknown territory keeps the figures marked and says why', async ({ page }) => {
		await page.goto('/prioritaires?date=2022-05-31&territoire=999999999');
		await expect(page.getByTestId('view-status')).toContainText('Territoire inconnu : 999999999');
		expect(normalizeSpaces(await page.getByTestId('vue-perimee-note').innerText())).toBe(
			"Chiffres affichés : ceux du 31 décembre 2022, Hauts-de-France ; ceux du 31 mai 2022, 999999999 n'ont pas pu être calculés."
		);
		await expect(page.locator('[data-vue-perimee]')).toHaveCount(1);
	});
});

test('a link among the prebuilt answers shows its figures before any extract has arrived', async ({ page }) => {
	let release = () => {};
	await holdBack(page, '**/extraits/*.parquet', new Promise<void>((resolve) => (release = resolve)));
	await page.goto('/prioritaires?date=2022-05-31&territoire=59');
	await expect(page.getByTestId('prioritaires-date')).toHaveText('Nord, au 31 mai 2022', { timeout: WASM_TIMEOUT });
	await expect(page.locator('[data-vue-perimee]')).toHaveCount(0);
	// The deck's Nord row (objective, achieved, rate at date), from the prebuilt answers alone.
	const nord = page.getByTestId('prioritaires-table').locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Nord', exact: true }) });
	expect((await nord.locator('th, td').allInnerTexts()).map(normalizeSpaces).slice(0, 4)).toEqual(['Nord', '4 804', '1 413', '71 %']);
	await expect(page.getByTestId('prioritaires-table').locator('tbody tr th', { hasText: 'Aisne' })).toHaveCount(0);
	release();
});

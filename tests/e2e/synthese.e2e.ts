/**
 * Synthèse régionale: figures prerendered at build time (native DuckDB), then a date
 * chosen in the selector recomputed in the page by DuckDB-wasm — all without a request
 * leaving 127.0.0.1 nor a console error (guard fixture).
 */
import { test, expect, normalizeSpaces } from './helpers';
import { openExtracts } from '../../scripts/lib/duckdb-native';
import { objectifsRealisation } from '../../src/lib/queries';
import { formatCount } from '../../src/lib/format';
import manifest from '../../data/extracts/manifest.json' with { type: 'json' };

// DuckDB-wasm boots in 5–10 s, far more on a loaded 2-core machine.
test.describe.configure({ timeout: 120_000 });

/** Cells of a table row (row header first), spaces normalised. */
async function rowCells(page: import('@playwright/test').Page, table: string, territoire: string) {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.locator('th', { hasText: territoire }) });
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

async function regionalPriorityFigures(date: string) {
	const db = await openExtracts('data/extracts');
	try {
		const rows = await db.run(objectifsRealisation('prioritaires', date));
		return rows.find((r) => r.niveau === 'region')!;
	} finally {
		db.close();
	}
}

test('shows the prerendered regional figures, then the deck figures of 31 May 2022 computed by wasm', async ({ page }) => {
	const latest = await regionalPriorityFigures(manifest.latestDate);
	await page.goto('/');
	const region = await rowCells(page, 'synthese-prioritaires', 'Hauts-de-France');
	expect(region[2]).toBe(normalizeSpaces(formatCount(latest.realise)));

	await page.getByTestId('date-select').selectOption('2022-05-31');
	await expect(page).toHaveURL(/\?date=2022-05-31$/);
	await expect(page.getByTestId('synthese-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: 60_000 });
	const aisne = await rowCells(page, 'synthese-prioritaires', 'Aisne');
	expect([...aisne.slice(0, 4), ...aisne.slice(5)]).toEqual(['Aisne', '1 343', '459', '82 %', '554', '+15 %']);
	expect((await rowCells(page, 'synthese-prioritaires', 'Nord')).slice(0, 4)).toEqual(['Nord', '4 804', '1 413', '71 %']);
	expect((await rowCells(page, 'synthese-prioritaires', 'Oise')).slice(0, 4)).toEqual(['Oise', 'en cours de finalisation', '348', '—']);
	expect((await rowCells(page, 'synthese-prioritaires', 'Hauts-de-France')).slice(0, 4)).toEqual([
		'Hauts-de-France',
		'en cours de finalisation',
		'3 859',
		'—'
	]);
});

test('reproduces the view of a link: back and forward follow the date', async ({ page }) => {
	await page.goto('/?date=2022-04-30');
	await expect(page.getByTestId('synthese-date')).toHaveText('Hauts-de-France, au 30 avril 2022', { timeout: 60_000 });
	expect((await rowCells(page, 'synthese-sans_abri', 'Aisne')).slice(0, 4)).toEqual(['Aisne', '30', '14', '140 %']);
	await page.getByTestId('date-select').selectOption('2022-05-31');
	await expect(page.getByTestId('synthese-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: 60_000 });
	// The address follows the figures a moment later (one history entry per burst of changes).
	await expect(page).toHaveURL('/?date=2022-05-31');
	await page.goBack();
	await expect(page.getByTestId('synthese-date')).toHaveText('Hauts-de-France, au 30 avril 2022', { timeout: 60_000 });
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('still shows the regional figures (prerendered HTML)', async ({ page }) => {
		const latest = await regionalPriorityFigures(manifest.latestDate);
		await page.goto('/');
		const region = await rowCells(page, 'synthese-prioritaires', 'Hauts-de-France');
		expect(region[2]).toBe(normalizeSpaces(formatCount(latest.realise)));
		await expect(page.getByText('Données de démonstration').first()).toBeVisible();
	});
});

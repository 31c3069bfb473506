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
		// Below the headlines: laid out once scrolled to (content-visibility), as a reader would.
		await page.getByTestId('synthese-prioritaires').scrollIntoViewIfNeeded();
		const region = page.getByTestId('synthese-prioritaires').locator('tbody tr').filter({ has: page.locator('th', { hasText: 'Hauts-de-France' }) });
		await expect(region.locator('td').nth(1)).toHaveText(formatCount(latest.realise));
		await expect(page.getByTestId('chiffre-cle-prioritaires-realise')).toHaveText(formatCount(latest.realise));
		await expect(page.getByText('Données de démonstration').first()).toBeVisible();
	});
});

/** The texts of a headline tile: figure, objective, rate at date, change since the previous year. */
async function tile(page: import('@playwright/test').Page, indicateur: string) {
	const t = (suffix: string) => page.getByTestId(`chiffre-cle-${indicateur}-${suffix}`).innerText().then(normalizeSpaces);
	return { realise: await t('realise'), objectif: await t('objectif'), taux: await t('taux'), evolution: await t('evolution') };
}

test('the headline tiles, the alerts and the EPCI map tell the story at the deck dates', async ({ page }) => {
	// Prerendered: the tiles at the latest month are in the HTML.
	await page.goto('/');
	await expect(page.getByRole('heading', { name: "L'essentiel au 31 décembre 2022" })).toBeVisible();
	expect(await tile(page, 'prioritaires')).toEqual({ realise: '9 596', objectif: 'en cours de finalisation', taux: '—', evolution: '-3 % (9 848)' });
	expect(await tile(page, 'sortants_hebergement')).toEqual({ realise: '1 957', objectif: '2 100', taux: '93 %', evolution: '+4 % (1 888)' });

	await page.goto('/?date=2022-05-31');
	await expect(page.getByTestId('synthese-date')).toHaveText('Hauts-de-France, au 31 mai 2022', { timeout: 60_000 });
	// The deck's 3 859 priority households; no regional rate while the Oise objective is not fixed.
	expect(await tile(page, 'prioritaires')).toEqual({ realise: '3 859', objectif: 'en cours de finalisation', taux: '—', evolution: '-3 % (3 994)' });
	await expect(page.getByTestId('chiffre-cle-prioritaires').getByRole('link')).toHaveAttribute('href', '/prioritaires?date=2022-05-31');
	// The trend: January to May 2022 (five segments from 0), the whole of 2021 dashed beside it.
	const trend = page.getByTestId('chiffre-cle-prioritaires').locator('svg.sparkline path');
	expect(((await trend.nth(1).getAttribute('d')) ?? '').match(/L/g)).toHaveLength(5);
	expect(((await trend.nth(0).getAttribute('d')) ?? '').match(/L/g)).toHaveLength(12);
	await expect(page.getByTestId('alerte-retards')).toHaveText(/Aucun département sous 50 % de l'objectif dû au 31 mai 2022/);
	await expect(page.getByTestId('alerte-objectifs').locator('li')).toHaveText(['Oise, Ménages prioritaires (DALO / PDALHPD) : en cours de finalisation ; pas de taux pour ce département ni pour la région.']);
	await expect(page.getByTestId('alerte-epci-prioritaires').locator('h3')).toHaveText("53 EPCI sur 92 sous 25 % d'attributions aux ménages prioritaires");
	await expect(page.getByTestId('alerte-epci-prioritaires').locator('li')).toHaveCount(5);
	await expect(page.getByTestId('alerte-epci-prioritaires').locator('li').nth(1)).toHaveText('CA Valenciennes Métropole : 7 % (33 sur 495)');
	await expect(page.getByTestId('alerte-epci-reforme').locator('h3')).toHaveText("37 EPCI de la réforme sur 40 sous 25 % d'attributions hors QPV au 1er quartile");

	// The map is drawn once near the screen; its table alternative lists the 92 EPCI.
	const carte = page.getByTestId('carte-accueil');
	await carte.scrollIntoViewIfNeeded();
	await expect(carte).toHaveAttribute('data-etat', 'prete', { timeout: 30_000 });
	await expect(carte.locator('table tbody tr')).toHaveCount(92);
	await expect(carte.locator('table tbody tr').filter({ hasText: 'CA Valenciennes Métropole' }).locator('td')).toHaveText('7 %');

	await page.getByTestId('date-select').selectOption('2022-04-30');
	await expect(page.getByTestId('synthese-date')).toHaveText('Hauts-de-France, au 30 avril 2022', { timeout: 60_000 });
	// Sortants d'hébergement at the deck's 30 April: 559 for 2 100 a year, 559 / (2 100 × 4 / 12) = 80 %.
	expect(await tile(page, 'sortants_hebergement')).toEqual({ realise: '559', objectif: '2 100', taux: '80 %', evolution: '-14 % (650)' });
});

/**
 * Réforme des attributions: the deck's figures at 30 April 2022 recomputed in the page by
 * DuckDB-wasm (progress of the 40 EPCI, outside-QPV and in-QPV shares), an EPCI selected
 * through the URL, and the prerendered page without JavaScript.
 */
import { test, expect, normalizeSpaces, unfoldTables } from './helpers';
import type { Page } from '@playwright/test';

const DUNKERQUE = '245900428';

// DuckDB-wasm loads after first paint: slow when the machine is busy.
test.setTimeout(150_000);
const WASM = { timeout: 90_000 };

const text = async (page: Page, testId: string) => normalizeSpaces(await page.getByTestId(testId).innerText());

async function rowCells(page: Page, table: string, name: string) {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.locator('th', { hasText: name }) });
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

test('shows the deck figures of 30 April 2022 for the 40 EPCI of the perimeter', async ({ page }) => {
	await page.goto('/reforme?date=2022-04-30');
	await expect(page.getByTestId('reforme-titre')).toHaveText('Hauts-de-France, au 30 avril 2022', WASM);
	await unfoldTables(page);

	expect(await text(page, 'reforme-perimetre')).toBe('40 EPCI doivent mettre en œuvre la réforme en Hauts-de-France.');
	const etapes = await Promise.all(['premiere_cil', 'orientations', 'cia', 'ppgdid'].map((k) => text(page, `reforme-etape-${k}`)));
	expect(etapes).toEqual(['30 (75 %)', '27 (68 %)', '20 (50 %)', '19 (48 %)']);
	const cotation = await text(page, 'reforme-cotation');
	for (const nom of ['CU de Dunkerque', 'CA du Pays de Saint-Omer', 'CC des Sablons', 'CC Retz en Valois']) expect(cotation).toContain(nom);
	expect(cotation).toContain('4 EPCI');
	await expect(page.getByTestId('reforme-avancement-table').locator('tbody tr')).toHaveCount(40);
	// A step dated after the date is not yet reached: CA Chauny Tergnier La Fère signed its CIA in August 2022.
	expect(await rowCells(page, 'reforme-avancement-table', 'CA Chauny Tergnier La Fère')).toEqual([
		'CA Chauny Tergnier La Fère', '22 décembre 2017', '5 août 2018', '—', '—', 'non'
	]);
	expect((await page.getByTestId('reforme-timeline-table').locator('tbody tr').last().allInnerTexts()).map(normalizeSpaces)).toEqual([
		'30 avril 2022 30 27 20 19'
	]);

	expect(await text(page, 'reforme-hors-qpv-total')).toBe(
		'Hauts-de-France : 18 % des attributions hors QPV aux ménages du 1er quartile et relogés NPNRU (1 486 sur 8 257) au 30 avril 2022, contre 14 % en 2021 ; objectif : 25 %.'
	);
	expect(await text(page, 'reforme-hors-qpv-atteint')).toBe(
		"3 EPCI atteignent ou dépassent l'objectif de 25 % (ou le taux fixé dans leur CIA) : CA de la Région de Château-Thierry, CC Retz en Valois, CC des Sablons."
	);
	expect(await text(page, 'reforme-hors-qpv-baisse')).toBe('9 EPCI en baisse par rapport à 2021.');
	expect(await text(page, 'reforme-hors-qpv-plage')).toBe('Selon les EPCI : entre 7 % et 37 % des attributions hors QPV.');
	expect(await text(page, 'reforme-hors-qpv-bailleurs')).toContain('entre 0 % et 33 %');
	await expect(page.getByTestId('reforme-hors-qpv-epci').locator('tbody tr')).toHaveCount(40);
	await expect(page.getByTestId('reforme-hors-qpv-bailleurs-table').locator('tbody tr')).toHaveCount(31);
	// Small denominators: the share is marked in words beside its counts.
	expect(await rowCells(page, 'reforme-hors-qpv-epci', 'CC des Trois Rivières')).toEqual([
		'CC des Trois Rivières', '25 %', '17 % (effectif faible)', '2 / 12', '10 %', '+7,1 pts', 'non', '0 / 4', 'non'
	]);
	expect((await rowCells(page, 'reforme-hors-qpv-epci', 'Lens - Liévin'))[1]).toBe('20 %');

	expect(await text(page, 'reforme-qpv-total')).toBe(
		'Hauts-de-France : 75 % des attributions en QPV aux ménages des quartiles 2 à 4 (3 649 sur 4 865) au 30 avril 2022 (2021 : 77 %), dont 23 % aux ménages du 4e quartile (1 119).'
	);
	expect(await text(page, 'reforme-qpv-respect')).toBe("Objectif d'au moins 50 % respecté par 40 EPCI sur 40.");

	// The map crossing the two: EPCI coloured by their outside-QPV share, progress in the tooltip; its table.
	expect(await rowCells(page, 'reforme-hors-qpv-epci', 'CU de Dunkerque')).toEqual([
		'CU de Dunkerque', '25 %', '19 %', '69 / 357', '17 %', '+2,8 pts', 'non', '4 / 4', 'oui'
	]);
	const carte = page.getByTestId('carte-reforme');
	await expect(carte).toHaveAttribute('data-carte', /prete|indisponible/, WASM);
	if ((await carte.getAttribute('data-carte')) === 'prete') {
		await expect(carte.getByTestId('legende-carte')).toContainText('de 20 % à moins de 25 %');
	}
});

test('an EPCI chosen in the URL shows its own shares, counts and dates', async ({ page }) => {
	await page.goto(`/reforme?date=2022-04-30&territoire=${DUNKERQUE}`);
	await expect(page.getByTestId('reforme-titre')).toHaveText('CU de Dunkerque, au 30 avril 2022', WASM);
	const dates = normalizeSpaces(await page.getByTestId('reforme-avancement-epci').innerText());
	for (const d of ['24 mars 2016', '30 octobre 2016', '1er mars 2018', '1er juillet 2021']) expect(dates).toContain(d);
	expect(dates).toContain('Cotation de la demande active dans le SNE oui');
	expect(await text(page, 'reforme-hors-qpv-total')).toBe(
		'CU de Dunkerque : 19 % des attributions hors QPV aux ménages du 1er quartile et relogés NPNRU (69 sur 357) au 30 avril 2022, contre 17 % en 2021 ; objectif : 25 % (non atteint).'
	);
	expect(await text(page, 'reforme-qpv-total')).toContain('79 % des attributions en QPV aux ménages des quartiles 2 à 4 (218 sur 275)');
	await expect(page.getByTestId('reforme-qpv-epci').locator('tbody tr')).toHaveCount(1);

	// Choosing a department in the selector filters to its EPCI.
	await page.getByTestId('territoire-select').selectOption('02');
	await expect(page).toHaveURL(/territoire=02/);
	await expect(page.getByTestId('reforme-titre')).toHaveText('Aisne, au 30 avril 2022');
	expect(await text(page, 'reforme-perimetre')).toBe('7 EPCI doivent mettre en œuvre la réforme dans le département Aisne.');

	// Somme has 2 EPCI in the perimeter: the timeline's rounded quarter ticks coincide (0, 1, 1, 2, 2)
	// and once broke the page (duplicate keys); the guard fails the test on any such exception.
	await page.getByTestId('territoire-select').selectOption('80');
	await expect(page.getByTestId('reforme-titre')).toHaveText('Somme, au 30 avril 2022');
	expect(await text(page, 'reforme-perimetre')).toBe('2 EPCI doivent mettre en œuvre la réforme dans le département Somme.');
	await expect(page.getByTestId('reforme-timeline-table').locator('tbody tr').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('shows the prerendered reform figures for the 40 EPCI', async ({ page }) => {
		await page.goto('/reforme');
		expect(await text(page, 'reforme-perimetre')).toBe('40 EPCI doivent mettre en œuvre la réforme en Hauts-de-France.');
		await expect(page.getByTestId('reforme-hors-qpv-epci').locator('tbody tr')).toHaveCount(40);
	});
});

/**
 * /fnavdl: the deck's envelope tables (every cell of tests/fixtures/reference/fnavdl-*.csv),
 * the call for projects, households and coverage prerendered; the project search; a
 * territory and a bailleur from the URL recomputed by DuckDB-wasm; a project sheet.
 */
import { readFileSync } from 'node:fs';
import { test, expect, normalizeSpaces } from './helpers';
import { openExtracts } from '../../scripts/lib/duckdb-native';
import { loadFnavdl } from '../../src/lib/views/fnavdl';
import { part } from '../../src/lib/indicators/rates';
import { formatPercent } from '../../src/lib/format';
import manifest from '../../data/extracts/manifest.json' with { type: 'json' };

type Page = import('@playwright/test').Page;

// DuckDB-wasm boots and loads the extracts before any re-query: slow on a loaded machine.
test.describe.configure({ timeout: 150_000 });
const WASM = { timeout: 90_000 };

/** Cells of a table row whose header contains `label`, spaces normalised. */
async function rowCells(page: Page, table: string, label: string) {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.locator('th', { hasText: label }) });
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

/** Reference rows: [label, printed cells], numbers as « 164 269 € ». */
function reference(file: string): [string, string[]][] {
	const [, ...lines] = readFileSync(`tests/fixtures/reference/${file}`, 'utf8').trim().split('\n');
	const euros = (c: string) => (/^\d+$/.test(c) ? `${c.replace(/\B(?=(\d{3})+$)/g, ' ')} €` : c);
	return lines.map((l) => l.split(';')).map(([code, nom, ...cells]) => [code === '32' ? 'Total région' : nom, cells.map(euros)]);
}

/** Coverage of the priority stock as the unit test computes it, one decimal. */
async function couvertures() {
	const db = await openExtracts('data/extracts');
	try {
		const data = await loadFnavdl(db, { date: manifest.latestDate, territoire: '32', bailleur: '' });
		const of = (code: string) => {
			const r = data.departements.find((d) => d.code === code)!;
			return normalizeSpaces(formatPercent(part(r.menages_acces + r.menages_maintien, r.stock_prioritaires), 1));
		};
		return { region: of('32'), nord: of('59') };
	} finally {
		db.close();
	}
}

test('shows the deck tables of 2021 and 2022, every cell in its row', async ({ page }) => {
	await page.goto('/fnavdl');
	for (const [label, cells] of reference('fnavdl-aap-2021-repartition.csv')) {
		expect((await rowCells(page, 'fnavdl-enveloppes-2021', label)).slice(1)).toEqual(cells);
	}
	expect(await rowCells(page, 'fnavdl-enveloppes-2021', 'Nord')).toEqual(['Nord', '1 079 862 €', '41 %', '676 434 €', '403 428 €', '37 %']);
	for (const [label, cells] of reference('fnavdl-2022-enveloppes.csv')) {
		expect((await rowCells(page, 'fnavdl-enveloppes-2022', label)).slice(1, 4)).toEqual(cells);
	}
	expect((await rowCells(page, 'fnavdl-enveloppes-2021', 'Total région'))[1]).toBe('2 611 756 €');
});

test('shows the call, households and coverage as the deck and the unit test', async ({ page }) => {
	await page.goto('/fnavdl');
	const appel = normalizeSpaces(await page.getByTestId('fnavdl-appel-phrase').innerText());
	expect(appel).toContain('86 dossiers déposés');
	expect(appel).toContain('46 projets retenus, soit 53 % des dossiers déposés');
	expect(appel).toContain('39 % des projets retenus sont portés par un partenariat');
	const menages = normalizeSpaces(await page.getByTestId('fnavdl-menages-phrase').innerText());
	expect(menages).toContain('près de 1 700 ménages à accompagner');
	expect(menages).toContain('1 000 ménages accompagnés, soit 58 % de l\'objectif régional');
	const { region, nord } = await couvertures();
	expect([region, nord]).toEqual(['22,1 %', '30,0 %']);
	expect(menages).toContain(`représentent ${region} des 7 823 ménages prioritaires`);
	expect((await rowCells(page, 'fnavdl-menages', 'Hauts-de-France')).slice(1, 6)).toEqual(['1 725', '1 004', '721', '1 003', '58 %']);
	expect((await rowCells(page, 'fnavdl-menages', 'Hauts-de-France'))[7]).toBe(region);
	expect((await rowCells(page, 'fnavdl-menages', 'Nord'))[7]).toBe(nord);
});

test('finds Sia Habitat’s ASCI project with its 22 measures, and opens its sheet', async ({ page }) => {
	await page.goto('/fnavdl');
	await page.getByTestId('fnavdl-recherche').fill('ASCI');
	const rows = page.getByTestId('fnavdl-projets').locator('tbody tr');
	await expect(rows).toHaveCount(1);
	const cells = (await rows.first().locator('th, td').allInnerTexts()).map(normalizeSpaces);
	expect(cells[0]).toBe('ASCI – Accompagnement social et culturel individuel');
	expect(cells[1]).toContain('SIA Habitat');
	expect(cells[5]).toContain("22 mesures d'un an");
	expect(cells[6]).toBe('22');
	await rows.first().getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ASCI – Accompagnement social et culturel individuel');
	await expect(page.getByTestId('fnavdl-fiche')).toContainText('accès au logement : 16 ; maintien dans le logement : 6');
});

test('a bailleur in the URL sees its own projects, recomputed in the browser', async ({ page }) => {
	await page.goto('/fnavdl?bailleur=409618659');
	await expect(page.getByTestId('fnavdl-filtre-bailleur')).toContainText('SIA Habitat', WASM);
	const bailleurs = (await page.getByTestId('fnavdl-projets').locator('tbody tr td:nth-child(3)').allInnerTexts()).map(normalizeSpaces);
	expect(bailleurs.length).toBeGreaterThan(0);
	expect(new Set(bailleurs)).toEqual(new Set(['SIA Habitat']));
});

test('a department chosen keeps only its projects', async ({ page }) => {
	await page.goto('/fnavdl');
	await page.getByTestId('territoire-select').selectOption('80');
	await expect(page).toHaveURL(/territoire=80/);
	await expect(page.getByTestId('fnavdl-projets').locator('tbody tr td:nth-child(4)').first()).toHaveText('Somme', WASM);
	const departements = (await page.getByTestId('fnavdl-projets').locator('tbody tr td:nth-child(4)').allInnerTexts()).map(normalizeSpaces);
	expect(new Set(departements)).toEqual(new Set(['Somme']));
});

test('the coverage map is ready, reads a department on keyboard focus and selects it on Enter', async ({ page }) => {
	await page.goto('/fnavdl');
	const carte = page.getByTestId('carte-fnavdl');
	await expect(carte).toHaveAttribute('data-carte', 'prete', WASM);
	await expect(carte.getByTestId('legende-carte')).toContainText('25 % et plus');
	await carte.getByRole('application').focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByTestId('carte-fnavdl-info')).toContainText('Couverture :');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/territoire=\d\d/);
});

// The page and a project sheet are scanned by axe with every route (a11y.e2e.ts).
test('a project sheet (SIPL, Somme) shows its 17 light and 15 medium measures', async ({ page }) => {
	await page.goto('/fnavdl');
	await page.getByTestId('fnavdl-recherche').fill('SIPL');
	await expect(page.getByTestId('fnavdl-projets').getByRole('link')).toHaveCount(1);
	await page.getByTestId('fnavdl-projets').getByRole('link').click();
	await expect(page.getByTestId('fnavdl-fiche')).toContainText('17 mesures « légères » (4 h/mois) et 15 « moyennes »', WASM);
	await expect(page.getByTestId('fnavdl-fiche')).toContainText('Somme');
});

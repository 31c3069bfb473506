/**
 * /donnees/verifier: a DDETS drops a file; it is read and checked in the browser with the
 * ingestion's rules and SQL (DuckDB-wasm), never sent: every error with its line and column,
 * the totals beside the published ones, the file converted to the contract.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, normalizeSpaces, test } from './helpers';
import { runRecordCase } from '../fixtures/records/run-case';

const WASM = { timeout: 90_000 };
const CASE = (name: string, file = 'export.csv') => `tests/fixtures/records/${name}/${file}`;

test('a national export of attributions: checked in the page, never sent, with its totals and the converted file', async ({ page }) => {
	await page.goto('/donnees/verifier');
	await expect(page.getByText("Le fichier est lu et vérifié dans votre navigateur : il n'est envoyé nulle part.")).toBeVisible();
	const sent: string[] = [];
	page.on('request', (request) => {
		if (request.method() !== 'GET' || request.postData()) sent.push(`${request.method()} ${request.url()}`);
	});
	await page.getByTestId('fichier').setInputFiles(CASE('sne-attributions'));
	await expect(page.getByTestId('verification-ok')).toHaveText('Aucune erreur : 3 lignes au format du contrat.', WASM);
	expect(normalizeSpaces(await page.getByTestId('verification-lecture').innerText())).toBe(
		"5 lignes lues (UTF-8, séparateur ;) : liste d'enregistrements « attributions » (attributions, une ligne par attribution)."
	);
	// Aisne, January and February 2022: the file's 5 attributions beside the 2 months published.
	const aisne = page.getByTestId('totaux-departement').locator('tbody tr').filter({ hasText: 'Aisne (02)' });
	const cells = (await aisne.locator('th, td').allInnerTexts()).map(normalizeSpaces);
	expect(cells[0]).toBe('Aisne (02)');
	expect(cells[1]).toBe('5');
	expect(cells[4]).toBe('3');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('telecharger-converti').click()]);
	expect(download.suggestedFilename()).toBe('attributions.csv');
	const converted = readFileSync(await download.path(), 'utf8');
	// The same rows as `npm run data` aggregates from the same export (one definition of the SQL, two engines).
	const native = await runRecordCase('tests/fixtures/records/sne-attributions');
	expect(converted.trim().split('\r\n')).toEqual([
		'mois;code_commune;siren_bailleur;attributions;prioritaires;sortants_hebergement;sans_abri;hors_qpv;hors_qpv_q1;qpv;qpv_q2_q4;qpv_q4',
		...native.lignes.map((l) => l.cellules.join(';'))
	]);
	expect(sent).toEqual([]);
});

test('an export with errors: every one with its line and column, no totals, nothing to download', async ({ page }) => {
	await page.goto('/donnees/verifier');
	await page.getByTestId('fichier').setInputFiles(CASE('code-inconnu'));
	const erreurs = page.getByTestId('verification-erreurs');
	await expect(erreurs.locator('h3')).toHaveText('2 erreurs : le fichier serait refusé', WASM);
	await expect(erreurs.locator('li')).toHaveText([
		"export.csv, ligne 4, colonne « Prioritaire (DALO / PDALHPD) » : « Peut-être » n'est pas un code oui / non connu (oui, o, yes, y, 1, vrai, true, x) ; ajoutez-le à « valeurs » dans correspondances.json.",
		"export.csv, ligne 4, colonne « Quartile ressources » : « Q5 » n'est pas un quartile (1 à 4, Q1 à Q4)."
	]);
	await expect(page.getByTestId('telecharger-converti')).toHaveCount(0);
	await expect(page.getByTestId('totaux-departement')).toHaveCount(0);
	// The report is read as it is seen: no serious accessibility violation once shown.
	const violations = (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(violations.map((v) => v.id)).toEqual([]);

	// The same page, a second file: a final « Total » line is skipped, said, never counted.
	await page.getByTestId('fichier').setInputFiles(CASE('total-final'));
	await expect(page.getByTestId('verification-avertissements')).toHaveText('export.csv, ligne 7 : ligne de total ignorée (« Total ») ; les totaux sont recalculés.', WASM);
	await expect(page.getByTestId('verification-ok')).toHaveText('Aucune erreur : 3 lignes au format du contrat.');
});

test('a list of households waiting: its own codes need its correspondances.json; with it, stocks at its last date beside the published ones', async ({ page }) => {
	await page.goto('/donnees/verifier');
	await page.getByTestId('fichier').setInputFiles(CASE('stocks-menages', 'menages.csv'));
	// Alone, its codes (« DALO », « Hébergé ») are unknown: said, line by line.
	await expect(page.getByTestId('verification-erreurs').locator('li').first()).toHaveText(
		"menages.csv, ligne 2, colonne « Public » : « DALO » n'est pas une valeur permise (prioritaires, heberges, sans_abri).",
		WASM
	);
	await page.getByTestId('fichier').setInputFiles([CASE('stocks-menages', 'menages.csv'), CASE('stocks-menages', 'correspondances.json')]);
	await expect(page.getByTestId('verification-ok')).toHaveText('Aucune erreur : 12 lignes au format du contrat.', WASM);
	// 31 January 2022 in the Somme: the file's one sheltered household beside the published stock.
	const somme = page.getByTestId('totaux-departement').locator('tbody tr').filter({ hasText: 'Somme (80)' });
	expect((await somme.locator('th, td').allInnerTexts()).map(normalizeSpaces).slice(0, 3)).toEqual(['Somme (80)', 'heberges', '1']);
});

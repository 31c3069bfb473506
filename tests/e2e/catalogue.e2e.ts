/**
 * /projets: the Hauts-de-France projects of the catalogue prerendered, a filter (and the URL that
 * keeps it), the free-text search, a project's sheet, and the « Autres régions » list (PACA).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { test, expect, normalizeSpaces, waitForDsfr } from './helpers';

type Page = import('@playwright/test').Page;

/** Downloads the catalogue table's export in `format` (CSV, XLSX): file name and bytes. */
async function telecharger(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
	const menu = page.getByTestId('catalogue-projets-export');
	const [file] = await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: format, exact: true }).click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Names of the projects listed in a table (its row headers). */
async function noms(page: Page, table: string) {
	return (await page.getByTestId(table).locator('tbody th').allInnerTexts()).map(normalizeSpaces);
}

/** Cells of the row of `nom` in a table, spaces normalised. */
async function ligne(page: Page, table: string, nom: string) {
	const row = page.getByTestId(table).locator('tbody tr').filter({ has: page.locator('th', { hasText: nom }) });
	return (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
}

test('lists the 25 Hauts-de-France projects with their fields, prerendered', async ({ page }) => {
	await page.goto('/projets');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalogue des projets');
	await expect(page.getByTestId('catalogue-compte')).toHaveText('25 projets sur 25');
	await expect(page.getByTestId('catalogue-projets').locator('caption')).toHaveText('Projets en Hauts-de-France retenus par les filtres');
	expect(await ligne(page, 'catalogue-projets', 'LOGIPSY')).toEqual([
		'LOGIPSY', '10 000 logements HLM accompagnés – 4e appel à projets (2018)', 'Nord (59)', 'Lille Métropole Habitat', '—',
		'Troubles psychiques', '—', '—', 'Avis très favorable (1/8)'
	]);
	expect((await ligne(page, 'catalogue-projets', 'Seniors à domicile')).slice(2, 8)).toEqual([
		'Oise (60)', 'Oise Habitat', 'CARSAT, Tandem Immobilier', 'Personnes âgées', '—', '119 000 €'
	]);
	for (const label of ['Appel à projets ou document', 'Département', 'Bailleur', 'Public visé', 'Rechercher (nom, bailleur, porteur, partenaire, lieu, public)']) {
		await expect(page.getByLabel(label, { exact: true })).toHaveCount(1);
	}
});

test('filters by department and call, keeps the filters in the URL, searches free text', async ({ page }) => {
	await page.goto('/projets');
	await waitForDsfr(page);
	await page.getByTestId('filtre-departement').selectOption('80');
	await expect(page.getByTestId('catalogue-compte')).toHaveText('2 projets sur 25');
	expect(await noms(page, 'catalogue-projets')).toEqual([
		"SIPL – Soutien à l'insertion et à la pérennisation vers et dans le logement",
		'Résidence sociale Corinne Seguin : un partenariat de longue date avec AGENA en faveur des femmes en difficulté'
	]);
	await expect(page).toHaveURL(/\/projets\?dep=80$/);

	await page.goto('/projets?dep=62&appel=fnavdl-2021');
	await waitForDsfr(page);
	await expect(page.getByTestId('catalogue-compte')).toHaveText('1 projet sur 25');
	await expect(page.getByTestId('filtre-appel')).toHaveValue('fnavdl-2021');
	expect(await noms(page, 'catalogue-projets')).toEqual(['ASCI – Accompagnement social et culturel individuel']);

	await page.getByTestId('filtres-effacer').click();
	await page.getByTestId('filtre-texte').fill('cheval bleu');
	await expect(page.getByTestId('catalogue-compte')).toHaveText('1 projet sur 25');
	expect(await noms(page, 'catalogue-projets')).toEqual(["Partenariat avec le Cheval Bleu : améliorer l'inclusion dans le logement"]);
	await expect(page).toHaveURL(/\/projets\?q=cheval\+bleu$/);
});

test('exports the filtered list to CSV and XLSX', async ({ page }) => {
	await page.goto('/projets?dep=80');
	await waitForDsfr(page);
	await expect(page.getByTestId('catalogue-compte')).toHaveText('2 projets sur 25');
	const csv = await telecharger(page, 'CSV');
	expect(csv.name).toMatch(/\.csv$/);
	const rows = parse(csv.bytes, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
	expect(rows.map((r) => [r.Projet, r['Département'], r.Bailleur, r['Partenaires']])).toEqual([
		["SIPL – Soutien à l'insertion et à la pérennisation vers et dans le logement", 'Somme (80)', 'SIP', 'UDAF de la Somme'],
		['Résidence sociale Corinne Seguin : un partenariat de longue date avec AGENA en faveur des femmes en difficulté', 'Somme (80)', 'SIP', 'AGENA']
	]);
	const xlsx = await telecharger(page, 'XLSX');
	expect(xlsx.name).toMatch(/\.xlsx$/);
	const book = new ExcelJS.Workbook();
	await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
	const values: string[] = [];
	book.worksheets[0].eachRow((row) => values.push(String(row.getCell(1).value)));
	expect(values).toContain('Résidence sociale Corinne Seguin : un partenariat de longue date avec AGENA en faveur des femmes en difficulté');
	expect(values).not.toContain('LOGIPSY');
});

test('opens a project sheet with the jury ranking, the landlord and the source', async ({ page }) => {
	await page.goto('/projets');
	await page.getByTestId('catalogue-projets').getByRole('link', { name: 'LOGIPSY', exact: true }).click();
	await expect(page).toHaveURL(/\/projets\/hlm4-hdf-01-logipsy$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('LOGIPSY');
	const fiche = page.getByTestId('catalogue-fiche');
	const valeur = (terme: string) => fiche.locator(`dt:text-is("${terme}") + dd`);
	await expect(valeur('Classement du jury')).toHaveText('Avis très favorable (1/8)');
	await expect(valeur('Département')).toHaveText('Nord (59)');
	await expect(valeur('Année')).toHaveText('2018');
	await expect(valeur('Public visé')).toHaveText('Personnes en troubles psychiques : accompagnement sanitaire, social et logement');
	await expect(page.getByTestId('catalogue-fiche-appel')).toHaveText('10 000 logements HLM accompagnés – 4e appel à projets (2018)');
	await expect(valeur('Budget')).toHaveText('—');
	await expect(valeur('Bailleur').getByRole('link', { name: 'Lille Métropole Habitat' })).toHaveAttribute('href', '/bailleur/484183363');
	expect(normalizeSpaces(await page.getByTestId('catalogue-fiche-source').innerText())).toBe(
		'Source : 4e appel à projets 10 000 logements HLM accompagnés – Avis conjoint URH – DREAL – DDTM 59 – FAS (Hauts-de-France, instruction du 15 novembre 2018) (document 000_d3fbd6e09000659e.txt).'
	);
});

test('lists the PACA projects under « Autres régions », each with its sheet', async ({ page }) => {
	await page.goto('/projets');
	const autres = page.getByTestId('catalogue-autres-regions');
	await expect(autres.getByRole('heading', { level: 2 })).toHaveText('Autres régions');
	await expect(autres.getByRole('heading', { level: 3 })).toHaveText("Provence-Alpes-Côte d'Azur (7 projets)");
	expect(await noms(page, 'catalogue-region-93')).toEqual([
		'Situations extraordinaires, logements ordinaires',
		'Protège-toit',
		'Toi, moi et les autres : accompagner le vivre ensemble',
		'Bail sécurisation / bail de sauvegarde',
		"Projet d'accompagnement dans le logement de publics fragiles psychologiquement",
		"Réussir le logement d'abord et le vivre ensemble",
		'Un changement de statut sans changement de logement'
	]);
	expect((await ligne(page, 'catalogue-region-93', 'Toi, moi et les autres')).slice(2)).toEqual([
		'Bouches-du-Rhône (13)', 'LOGEO MEDITERRANEE',
		'Atelier santé ville santé mentale de la Métropole Aix-Marseille-Provence, GEM, Associations de parents',
		'Troubles psychiques, Handicap', '30', '—', 'P2'
	]);
	await page.getByTestId('catalogue-region-93').getByRole('link', { name: 'Protège-toit' }).click();
	await expect(page).toHaveURL(/\/projets\/hlm4-paca-02-protege-toit$/);
	const fiche = page.getByTestId('catalogue-fiche');
	await expect(fiche.locator('dt:text-is("Région") + dd')).toHaveText("Provence-Alpes-Côte d'Azur (93)");
	await expect(fiche.locator('dt:text-is("Bailleur") + dd')).toHaveText('ERILIA');
	await expect(fiche.locator('dt:text-is("Classement du jury") + dd')).toHaveText('P2');
});

test('the FNAVDL page and the site map lead to the catalogue', async ({ page }) => {
	await page.goto('/fnavdl');
	await page.getByTestId('lien-catalogue').click();
	await expect(page).toHaveURL(/\/projets$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Catalogue des projets');
	await page.goto('/plan-du-site');
	await expect(page.getByRole('link', { name: 'Catalogue des projets' })).toHaveAttribute('href', '/projets');
	await expect(page.getByRole('link', { name: "Vérifier un fichier avant de l'envoyer" })).toHaveAttribute('href', '/donnees/verifier');
});

/** /donnees: the manifest as a page, and every download served from our own origin. */
import { test, expect, normalizeSpaces } from './helpers';
import manifest from '../../data/extracts/manifest.json' with { type: 'json' };
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts';

test('lists every extract with its rows and source, and the contract', async ({ page }) => {
	await page.goto('/donnees');
	const rows = page.getByTestId('extraits').locator('tbody tr');
	await expect(rows).toHaveCount(EXTRACT_NAMES.length);
	const attributions = normalizeSpaces(await rows.filter({ hasText: 'Attributions mensuelles' }).innerText());
	expect(attributions).toContain(normalizeSpaces(manifest.extracts.attributions.rows.toLocaleString('fr-FR')));
	expect(attributions).toContain('31 décembre 2022');
	expect(attributions).toContain('Données de démonstration générées');
	await expect(page.getByRole('heading', { name: 'Contrat de données' })).toBeVisible();
	await expect(page.getByRole('heading', { name: /attributions/i }).first()).toBeVisible();
	await expect(page.getByTestId('modeles').locator('li')).toHaveCount(7);
});

test('serves each extract as Parquet and CSV, and each template', async ({ request }) => {
	const parquet = await request.get('/extraits/attributions.parquet');
	expect(parquet.status()).toBe(200);
	expect((await parquet.body()).subarray(0, 4).toString()).toBe('PAR1');
	const csv = await request.get('/extraits/bailleurs.csv');
	const text = (await csv.body()).toString('utf8');
	expect(text.startsWith('\ufeffsiren;nom;nom_court;type')).toBe(true);
	expect(text.trim().split('\n')).toHaveLength(manifest.extracts.bailleurs.rows + 1);
	const template = await request.get('/modeles/attributions.csv');
	expect((await template.body()).toString('utf8')).toBe(
		'\ufeffmois;code_commune;siren_bailleur;attributions;prioritaires;sortants_hebergement;sans_abri;hors_qpv;hors_qpv_q1;qpv;qpv_q2_q4;qpv_q4\r\n'
	);
	expect((await request.get('/modeles/attributions.xlsx')).status()).toBe(200);
});

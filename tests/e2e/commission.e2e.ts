/**
 * /commission: the live commission recomputed by DuckDB-wasm from a link (the deck's table
 * of 31 May 2022 and its commentary), keyboard moves, the slide named by the URL, no scroll
 * inside a slide at 1280×720 nor 1920×1080, Escape back to the site; the frozen commission
 * of 16 June 2022 with its banner, and its PowerPoint and PDF exports.
 */
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { test, expect, normalizeSpaces } from './helpers';

type Page = import('@playwright/test').Page;

const WASM_TIMEOUT = 120_000;
test.describe.configure({ timeout: 240_000 });

const SLIDES = ['titre', 'prioritaires', 'prioritaires-epci', 'sortants', 'sortants-epci', 'sans-abri', 'reforme', 'fnavdl'];
const NAMES: Record<string, string> = { '02': 'Aisne', '59': 'Nord', '60': 'Oise', '62': 'Pas-de-Calais', '80': 'Somme', '32': 'Hauts-de-France' };
const grouped = (n: string) => (n === '' ? '' : Number(n).toLocaleString('fr-FR').replace(/\s/g, ' '));

/** The deck's table of 31 May 2022 (tests/fixtures/reference), one record per department code. */
function reference(): Record<string, string>[] {
	const [header, ...lines] = readFileSync('tests/fixtures/reference/prioritaires-dalo-pdalhpd-2022-05-31.csv', 'utf8').trim().split('\n');
	const columns = header.split(';');
	return lines.map((l) => Object.fromEntries(l.split(';').map((c, i) => [columns[i], c])));
}

const current = (page: Page) => page.locator('.slide.current');

/** The current slide's (id, scrollHeight ≤ clientHeight) for every slide, walking with End/Home and PageDown. */
async function overflowingSlides(page: Page): Promise<string[]> {
	await page.keyboard.press('Home');
	const overflowing: string[] = [];
	for (const id of SLIDES) {
		await expect(current(page)).toHaveAttribute('data-slide', id);
		const fits = await current(page).evaluate((el) => el.scrollHeight <= el.clientHeight);
		if (!fits) overflowing.push(id);
		await page.keyboard.press('PageDown');
	}
	return overflowing;
}

test('live commission at 31 May 2022: the deck table and bullets, keys, fragment, no scroll, Escape', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/commission?date=2022-05-31#2');
	const slide = page.getByTestId('diapo-prioritaires');
	await expect(slide).toHaveClass(/current/);
	await expect(page).toHaveURL(/#2$/);
	const bilan = slide.getByTestId('commentaire-prioritaires').locator('li').first();
	await expect(bilan).toContainText('Bilan au 31 mai 2022', { timeout: WASM_TIMEOUT });
	expect(normalizeSpaces(await bilan.innerText())).toBe(
		"Bilan au 31 mai 2022 : 3 859 ménages prioritaires relogés, soit entre 71 et 113 % de l'objectif à date selon les départements"
	);
	for (const ref of reference()) {
		const row = slide.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: NAMES[ref.code_departement], exact: true }) });
		const cells = (await row.locator('th, td').allInnerTexts()).map(normalizeSpaces);
		for (const key of ['objectif_2022', 'attributions_cumulees_au_2022-05-31', 'stock_au_2022-05-31', 'stock_au_2022-01-01']) {
			if (ref[key]) expect(cells, `${ref.code_departement} ${key}`).toContain(grouped(ref[key]));
		}
		expect(cells[3], ref.code_departement).toBe(ref.taux_realisation_a_date_affiche || '—');
	}
	await expect(slide.getByTestId('diapo-demonstration')).toHaveText('Données de démonstration');

	await page.keyboard.press('End');
	await expect(page.getByTestId('diapo-fnavdl')).toHaveClass(/current/);
	await expect(page).toHaveURL(/#8$/);
	await page.keyboard.press('PageUp');
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('diapo-sans-abri')).toHaveClass(/current/);
	await expect(page.getByTestId('diapo-position')).toHaveText('Diapositive 6 sur 8');
	await expect(page.getByTestId('commentaire-sans-abri')).toContainText('334 ménages relogés');

	expect(await overflowingSlides(page), '1280×720').toEqual([]);
	await page.setViewportSize({ width: 1920, height: 1080 });
	expect(await overflowingSlides(page), '1920×1080').toEqual([]);

	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/#4$/);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/logement-d-abord\?date=2022-05-31$/);
});

test('frozen commission of 16 June 2022: banner, figures, PowerPoint and PDF', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/commission/2022-06-16');
	const banner = page.getByTestId('commission-banner').first();
	await expect(banner).toHaveText('Chiffres tels que présentés en commission le 16 juin 2022');
	await expect(page.getByTestId('commission-dates')).toHaveText(
		"Ménages prioritaires et FNAVDL : données au 31 mai 2022 ; Logement d'abord et réforme des attributions : données au 30 avril 2022"
	);
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('commentaire-prioritaires')).toContainText('3\u202F859 ménages prioritaires relogés');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('carte-prioritaires-epci')).toHaveAttribute('data-etat', 'prete');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('commentaire-sortants')).toContainText('559 ménages relogés');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('carte-sortants-epci')).toHaveAttribute('data-etat', 'prete');
	await page.keyboard.press('PageDown');
	await expect(page.getByTestId('commentaire-sans-abri')).toContainText('334 ménages relogés');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pptx').click()]);
	expect(download.suggestedFilename()).toBe('commission-pdalhpd-2022-06-16.pptx');
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	const slideFiles = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
	expect(slideFiles).toHaveLength(SLIDES.length);
	const xml = normalizeSpaces(await zip.file('ppt/slides/slide2.xml')!.async('string'));
	const table = xml.slice(xml.indexOf('<a:tbl>'), xml.indexOf('</a:tbl>'));
	for (const figure of ['1 343', '459', '82 %', '3 859', '8 514', 'en cours de finalisation']) expect(table).toContain(`<a:t>${figure}</a:t>`);
	expect(xml).toContain('Données de démonstration');
	const carte = await zip.file('ppt/slides/slide3.xml')!.async('string');
	expect(carte).toContain('<p:pic>');
	expect(Object.keys(zip.files).some((f) => /^ppt\/media\/image.*\.png$/.test(f))).toBe(true);
	const sortants = normalizeSpaces(await zip.file('ppt/slides/slide4.xml')!.async('string'));
	expect(sortants).toContain('<a:t>2 100</a:t>');
	expect(sortants).toContain('<a:t>559</a:t>');

	await page.emulateMedia({ media: 'print' });
	const pdf = (await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })).toString('latin1');
	expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(SLIDES.length);
});

/** EMU (PowerPoint's unit): 914 400 per inch. */
const EMU = 914_400;

test('the PowerPoint of a department with its 21 EPCI keeps every row inside its 16:9 slide', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 720 });
	await page.goto('/commission?date=2022-05-31&territoire=60#2');
	const slide = page.getByTestId('diapo-prioritaires');
	await expect(slide.getByTestId('commentaire-prioritaires').locator('li').first()).toContainText('Bilan au 31 mai 2022', { timeout: WASM_TIMEOUT });
	// A slide shows every row (long tables fold elsewhere, never on a slide): the Oise and its 21 EPCI.
	await expect(slide.locator('tbody tr')).toHaveCount(22);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-pptx').click()]);
	const zip = await JSZip.loadAsync(readFileSync(await download.path()));
	const xml = await zip.file('ppt/slides/slide2.xml')!.async('string');
	const frame = xml.slice(xml.lastIndexOf('<p:graphicFrame', xml.indexOf('<a:tbl>')), xml.indexOf('</a:tbl>'));
	const [x, y] = [...frame.matchAll(/<a:off x="(\d+)" y="(\d+)"/g)][0].slice(1).map(Number);
	const widths = [...frame.matchAll(/<a:gridCol w="(\d+)"/g)].map((m) => Number(m[1]));
	const heights = [...frame.matchAll(/<a:tr h="(\d+)"/g)].map((m) => Number(m[1]));
	expect(heights).toHaveLength(23);
	expect(normalizeSpaces(frame)).toContain('<a:t>Oise</a:t>');
	// Inside the slide (13,33 × 7,5 in), above the footer at 7 in.
	expect((x + widths.reduce((a, b) => a + b, 0)) / EMU).toBeLessThanOrEqual(13.33);
	expect((y + heights.reduce((a, b) => a + b, 0)) / EMU).toBeLessThanOrEqual(7);
});

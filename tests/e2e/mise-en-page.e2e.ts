/**
 * Tables that fit: at 1 024, 1 400 and 1 920 px, on every page with tables, no cell is cut off.
 * A table wider than its column must sit in a scroll container that shows it (a shadow on the
 * hidden side) and takes the keyboard focus; the page itself never scrolls sideways. A
 * full-page screenshot of each page at each width is attached to the report for review
 * (`playwright-report/`, `npx playwright show-report`).
 */
import { MAIN_NAVIGATION } from '../../src/lib/components/layout/routes';
import { expect, test, waitForDsfr } from './helpers';

const WIDTHS = [1024, 1400, 1920] as const;
const PAGES = [...MAIN_NAVIGATION.map((p) => p.href), '/territoire/59', '/territoire/245900428', '/bailleur/617671607', '/projets', '/donnees/verifier'];

/** What is cut off on the page: described for the failure message, empty when all fits. */
function clippedCells(): string[] {
	const problems: string[] = [];
	const doc = document.documentElement;
	if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`la page défile horizontalement (${doc.scrollWidth} px pour ${doc.clientWidth})`);
	const name = (table: Element) => table.querySelector('caption')?.textContent?.trim().slice(0, 80) ?? '(sans titre)';
	for (const table of document.querySelectorAll('main table')) {
		if (!(table as HTMLElement).offsetParent) continue; // hidden (closed <details>, screen-reader copy)
		if (table.closest('.fr-sr-only')) continue;
		// The nearest ancestor that clips: it must either hold the whole table, or be a visible, focusable scroll container.
		let clip = table.parentElement;
		while (clip && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
		if (clip && clip !== document.body && clip !== doc && clip.scrollWidth > clip.clientWidth + 1) {
			const style = getComputedStyle(clip).overflowX;
			const scrolls = style === 'auto' || style === 'scroll';
			if (!scrolls) problems.push(`« ${name(table)} » coupé sans défilement (${clip.scrollWidth} px pour ${clip.clientWidth})`);
			else if (clip.tabIndex !== 0 || !clip.getAttribute('aria-label')) problems.push(`« ${name(table)} » défile mais n'est pas atteignable au clavier`);
			else if (!clip.parentElement?.dataset.defile) problems.push(`« ${name(table)} » défile sans le montrer`);
		}
		// A cell whose own text overflows it is cut, whatever its container.
		for (const cell of table.querySelectorAll('th, td')) {
			const c = cell as HTMLElement;
			if (getComputedStyle(c).overflowX !== 'visible' && c.scrollWidth > c.clientWidth + 1) problems.push(`cellule coupée dans « ${name(table)} » : ${c.textContent?.trim().slice(0, 40)}`);
		}
	}
	return problems;
}

for (const path of PAGES) {
	test(`mise en page : ${path} à 1 024, 1 400 et 1 920 px`, async ({ page }, testInfo) => {
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto(path);
			await waitForDsfr(page);
			// Hydrated: every section is laid out (no content-visibility left) and the scroll containers are marked.
			await expect(page.locator('body')).not.toHaveClass(/premier-affichage/);
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			expect(await page.evaluate(clippedCells), `${path} à ${width} px`).toEqual([]);
			await testInfo.attach(`${path} à ${width} px`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
		}
	});
}

test('un tableau plus large que sa colonne défile au clavier, sa première colonne restant visible', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 900 });
	await page.goto('/prioritaires');
	await waitForDsfr(page);
	const container = page.getByTestId('prioritaires-epci-table').locator('.fr-table__container');
	await expect(container).toHaveAttribute('tabindex', '0');
	await expect(container).toHaveAttribute('role', 'region');
	await expect(container).toHaveAttribute('aria-label', /^Tableau défilant horizontalement : Part des ménages prioritaires/);
	await expect(page.getByTestId('prioritaires-epci-table').locator('.fr-table__wrapper')).toHaveAttribute('data-defile', 'droite');
	await container.focus();
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
	await expect.poll(() => container.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	await expect(page.getByTestId('prioritaires-epci-table').locator('.fr-table__wrapper')).toHaveAttribute('data-defile', /gauche|deux/);
	// The row header is sticky: still at the container's left edge once scrolled.
	const [box, header] = await Promise.all([container.boundingBox(), page.getByTestId('prioritaires-epci-table').locator('tbody th').first().boundingBox()]);
	expect(Math.abs((header?.x ?? 0) - (box?.x ?? 0))).toBeLessThan(2);
});

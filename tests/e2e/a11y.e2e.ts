/** axe-core scan of every route: no `serious` or `critical` violation. */
import AxeBuilder from '@axe-core/playwright';
import { EXTRA_VIEWS, ROUTES, expect, test, waitForDsfr } from './helpers';

for (const path of [...ROUTES.map((route) => route.path), ...EXTRA_VIEWS]) {
	test(`accessibilité (axe) : ${path}`, async ({ page }) => {
		await page.goto(path);
		await waitForDsfr(page);
		const builder = new AxeBuilder({ page });
		// Scan the view the URL asks for, once computed, not the prerendered default it replaces.
		await expect(page.getByText('Calcul en cours…')).toHaveCount(0, { timeout: 60_000 });
		// A filtered view of a route scanned above shows the same components with other figures:
		// their contrast is checked on the default view (the contrast rule is half of axe's time).
		if (path.includes('?') && ROUTES.some((route) => route.path === path.split('?')[0])) builder.disableRules(['color-contrast']);
		const results = await builder.analyze();
		const blocking = results.violations
			.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
			.map((violation) => `${violation.id} (${violation.impact}) : ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		expect(blocking).toEqual([]);
		// The scan ran: axe checked rules and found the page's landmarks.
		expect(results.passes.map((rule) => rule.id)).toContain('landmark-one-main');
	});
}

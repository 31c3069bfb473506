/** axe-core scan of every route: no `serious` or `critical` violation. */
import AxeBuilder from '@axe-core/playwright';
import { EXTRA_VIEWS, ROUTES, expect, test, waitForDsfr } from './helpers';

for (const path of [...ROUTES.map((route) => route.path), ...EXTRA_VIEWS]) {
	test(`accessibilité (axe) : ${path}`, async ({ page }) => {
		await page.goto(path);
		await waitForDsfr(page);
		const results = await new AxeBuilder({ page }).analyze();
		const blocking = results.violations
			.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
			.map((violation) => `${violation.id} (${violation.impact}) : ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
		expect(blocking).toEqual([]);
		// The scan ran: axe checked rules and found the page's landmarks.
		expect(results.passes.map((rule) => rule.id)).toContain('landmark-one-main');
	});
}

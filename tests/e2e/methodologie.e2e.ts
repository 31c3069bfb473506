/** /methodologie publishes each formula with the deck's worked example. */
import { test, expect, normalizeSpaces } from './helpers';

test('defines the rate at date with the deck example', async ({ page }) => {
	await page.goto('/methodologie');
	const text = normalizeSpaces(await page.getByTestId('methodologie').innerText());
	expect(text).toContain('attributions ÷ (objectif annuel × mois écoulés ÷ 12)');
	expect(text).toContain('459 ÷ (1 343 × 5/12) = 82 %');
	expect(text).toContain('stock à la date ÷ stock au 1er janvier − 1'.replace('−', '-'));
	await expect(page.getByRole('heading', { level: 2, name: 'Formules' })).toBeVisible();
});

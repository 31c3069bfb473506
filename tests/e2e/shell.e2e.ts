/** The site shell in the browser: every route, header, navigation, footer, notice, skip link, URL state, no-JS. */
import { FOOTER_PAGES, INSTITUTIONAL_LINKS, MAIN_NAVIGATION } from '../../src/lib/components/layout/routes';
import { ROUTES, SERVICE_NAME, expect, isDemonstration, normalizeSpaces, test, waitForDsfr } from './helpers';

const LICENCE =
	'Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous licence etalab-2.0';

for (const route of ROUTES) {
	test(`coquille DSFR : ${route.path}`, async ({ page }) => {
		const response = await page.goto(route.path);
		expect(response?.status()).toBe(200);
		await waitForDsfr(page);

		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page).toHaveTitle(`${route.title} — Tableau de bord PDALHPD`);
		if (route.h1) await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.h1);
		else await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

		const header = page.getByRole('banner');
		await expect(header.locator('.fr-header__service-title')).toHaveText(SERVICE_NAME);
		await expect(header.locator('.fr-header__service-tagline')).toHaveText('Tableau de bord PDALHPD');
		await expect(header.locator('.fr-logo')).toHaveText(/République\s*Française/);

		const nav = page.getByRole('navigation', { name: 'Menu principal' });
		await expect(nav.getByRole('link')).toHaveText(MAIN_NAVIGATION.map((item) => item.title));
		const current = nav.locator('[aria-current="page"]');
		const section = MAIN_NAVIGATION.find((item) => item.href === route.path);
		await expect(current).toHaveCount(section ? 1 : 0);
		if (section) await expect(current).toHaveText(section.title);

		const footer = page.getByRole('contentinfo');
		for (const host of INSTITUTIONAL_LINKS) {
			await expect(footer.getByRole('link', { name: host, exact: true })).toHaveAttribute('href', `https://www.${host}`);
		}
		for (const link of FOOTER_PAGES) {
			await expect(footer.getByRole('link', { name: link.label, exact: true })).toHaveAttribute('href', link.href);
		}
		expect(normalizeSpaces(await footer.locator('.fr-footer__bottom-copy').innerText())).toBe(LICENCE);

		// The first screen's three Marianne faces are preloaded, and no other (src/hooks.server.ts).
		const fonts = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href.replace(/^.*\/(Marianne-\w+)\..*$/, '$1')).sort());
		expect(fonts).toEqual(['Marianne-Bold', 'Marianne-Medium', 'Marianne-Regular']);

		const notice = page.getByTestId('notice-demonstration');
		if (isDemonstration()) await expect(notice.locator('.fr-notice__title')).toHaveText('Données de démonstration');
		else await expect(notice).toHaveCount(0);
	});
}

test('le lien d’évitement « Contenu » donne le focus au contenu principal, au clavier', async ({ page }) => {
	await page.goto('/prioritaires');
	await waitForDsfr(page);
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus')).toHaveText('Contenu');
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
});

test('précédent / suivant gardent la requête de la vue', async ({ page }) => {
	const query = '?date=2022-05-31&territoire=59';
	await page.goto(`/prioritaires${query}`);
	await waitForDsfr(page);
	const nav = page.getByRole('navigation', { name: 'Menu principal' });
	await expect(nav.getByRole('link', { name: 'FNAVDL' })).toHaveAttribute('href', `/fnavdl${query}`);

	await nav.getByRole('link', { name: 'FNAVDL' }).click();
	await expect(page).toHaveURL(`/fnavdl${query}`);
	await nav.getByRole('link', { name: 'Méthodologie' }).click();
	await expect(page).toHaveURL(`/methodologie${query}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Méthodologie');

	await page.goBack();
	await expect(page).toHaveURL(`/fnavdl${query}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('FNAVDL');
	await page.goBack();
	await expect(page).toHaveURL(`/prioritaires${query}`);
	await expect(nav.getByRole('link', { name: 'Données', exact: true })).toHaveAttribute('href', `/donnees${query}`);
	await page.goForward();
	await expect(page).toHaveURL(`/fnavdl${query}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('FNAVDL');
});

test('une valeur inconnue dans l’URL est signalée en français et la valeur par défaut est utilisée', async ({ page }) => {
	await page.goto(`/reforme?date=2022-05-30&territoire=${encodeURIComponent("59' OR 1=1")}`);
	await waitForDsfr(page);
	const alert = page.getByTestId('erreurs-url');
	await expect(alert).toContainText('Valeur inconnue pour « date » : 2022-05-30');
	await expect(alert).toContainText("Valeur inconnue pour « territoire » : 59' OR 1=1");
	const nav = page.getByRole('navigation', { name: 'Menu principal' });
	await expect(nav.getByRole('link', { name: 'FNAVDL' })).toHaveAttribute('href', '/fnavdl');
});

test('le menu mobile DSFR s’ouvre, navigue et se referme', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/plan-du-site');
	await waitForDsfr(page);
	const nav = page.getByRole('navigation', { name: 'Menu principal' });
	await expect(nav).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).click();
	await expect(nav).toBeVisible();
	await nav.getByRole('link', { name: 'Réforme des attributions' }).click();
	await expect(page).toHaveURL('/reforme');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Réforme des attributions');
	await expect(nav).toBeHidden();
});

test.describe('sans JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('une page montre son titre et le bandeau de démonstration', async ({ page }) => {
		await page.goto('/plan-du-site');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plan du site');
		await expect(page).toHaveTitle('Plan du site — Tableau de bord PDALHPD');
		await expect(page.getByRole('link', { name: 'Nord (59)', exact: true })).toBeVisible();
		const notice = page.getByTestId('notice-demonstration');
		if (isDemonstration()) await expect(notice).toBeVisible();
		else await expect(notice).toHaveCount(0);
	});
});

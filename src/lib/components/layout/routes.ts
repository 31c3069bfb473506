/** The site's pages: main navigation, footer pages, and the title of each route. */

/** A page of the site: its path and its French title (h1, `<title>`, breadcrumb). */
export interface SitePage {
	href: string;
	title: string;
}

/** Main navigation of the header, in display order. */
export const MAIN_NAVIGATION: readonly SitePage[] = [
	{ href: '/', title: 'Synthèse régionale' },
	{ href: '/prioritaires', title: 'Ménages prioritaires' },
	{ href: '/logement-d-abord', title: "Logement d'abord" },
	{ href: '/fnavdl', title: 'FNAVDL' },
	{ href: '/reforme', title: 'Réforme des attributions' },
	{ href: '/commission', title: 'Commission' },
	{ href: '/methodologie', title: 'Méthodologie' },
	{ href: '/donnees', title: 'Données' }
];

/** Footer bottom list: `label` is the link text, `title` the page's own title. */
export const FOOTER_PAGES: readonly (SitePage & { label: string })[] = [
	{ href: '/plan-du-site', title: 'Plan du site', label: 'Plan du site' },
	{ href: '/accessibilite', title: "Déclaration d'accessibilité", label: 'Accessibilité : non conforme' },
	{ href: '/mentions-legales', title: 'Mentions légales', label: 'Mentions légales' },
	{ href: '/donnees-personnelles', title: 'Données personnelles', label: 'Données personnelles' }
];

/** Institutional links of the DSFR footer (external, new window). */
export const INSTITUTIONAL_LINKS: readonly string[] = [
	'legifrance.gouv.fr',
	'info.gouv.fr',
	'service-public.fr',
	'data.gouv.fr'
];

/** Title of every static route, by SvelteKit route id; dynamic routes give theirs in `data.title`. */
export const ROUTE_TITLES: Readonly<Record<string, string>> = Object.fromEntries(
	[...MAIN_NAVIGATION, ...FOOTER_PAGES].map((page) => [page.href, page.title])
);

/** Whether the navigation entry `href` is the current page or one of its sub-pages. */
export function isCurrentSection(pathname: string, href: string): boolean {
	const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
	return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

/** Title of the error page for an HTTP status. */
export function errorTitle(status: number): string {
	return status === 404 ? 'Page non trouvée' : 'Erreur inattendue';
}

/** Pages whose figures follow the URL through DuckDB-wasm (the others never start it). */
const ENGINE_PAGES: readonly string[] = ['/', '/prioritaires', '/logement-d-abord', '/fnavdl', '/reforme', '/commission'];
const ENGINE_SECTIONS: readonly string[] = ['/territoire/', '/bailleur/'];

/** Whether the page at `pathname` recomputes its figures in the browser (sheets of a territory or a bailleur included). */
export function usesEngine(pathname: string): boolean {
	const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
	return ENGINE_PAGES.includes(path) || ENGINE_SECTIONS.some((section) => path.startsWith(section) && path.length > section.length);
}

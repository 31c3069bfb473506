/**
 * The header's territory search: accent-insensitive matching on name or code, and where a
 * choice leads (the same page with `territoire` set, or the territory's sheet). Pure functions.
 */
import { CODE_REGION } from '../../config';
import { toViewQuery, type ViewParams } from '../../state/view-query';
import { normaliser } from '../../format/search-text';

export { normaliser };

/** A territory to choose: the region, a department or an EPCI. */
export interface TerritoireOption {
	niveau: 'region' | 'departement' | 'epci';
	code: string;
	nom: string;
	/** The EPCI's department; the department's own code; null for the region. */
	code_departement: string | null;
}

/**
 * Options whose name contains every word of `saisie` (accents and case ignored), or whose code
 * starts with it; names starting with the text first, then the list's order. Empty text: all.
 */
export function filtrerTerritoires(options: readonly TerritoireOption[], saisie: string, max = 50): TerritoireOption[] {
	const texte = normaliser(saisie);
	if (!texte) return options.slice(0, max);
	const mots = texte.split(' ');
	const trouves = options.filter((o) => o.code.startsWith(texte.replace(/ /g, '')) || mots.every((m) => normaliser(o.nom).includes(m)));
	const debut = (o: TerritoireOption) => (normaliser(o.nom).startsWith(texte) || o.code.startsWith(texte) ? 0 : 1);
	return trouves
		.map((o, i) => ({ o, i }))
		.sort((a, b) => debut(a.o) - debut(b.o) || a.i - b.i)
		.slice(0, max)
		.map((x) => x.o);
}

/** Pages whose figures follow `territoire` from the URL: there, a choice only changes the query. */
const PAGES_TERRITORIALES = ['/', '/prioritaires', '/logement-d-abord', '/fnavdl', '/reforme', '/commission'];

/** Whether `pathname` follows `territoire` (the bailleur sheets too). */
export function suitLeTerritoire(pathname: string): boolean {
	const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
	return PAGES_TERRITORIALES.includes(path) || path.startsWith('/bailleur/');
}

/**
 * Link to a territory's sheet keeping the other view values (date, bailleur): `/territoire/59?date=…`;
 * the region has no sheet: the synthèse régionale, `/?…`.
 */
export function lienFiche(code: string, view: ViewParams, defaults: ViewParams): string {
	const query = toViewQuery({ ...view, territoire: CODE_REGION }, defaults);
	return code === CODE_REGION ? `/${query}` : `/territoire/${code}${query}`;
}

/**
 * Filters of the catalogue page: call, department, landlord, public and free text. Kept in the URL
 * (`appel`, `dep`, `organisme`, `public`, `q`) so that a link reproduces a view; names chosen not to
 * collide with the site's view state (`territoire`, `bailleur`, `date`).
 */
import type { Projet } from './types';

export interface FiltresCatalogue {
	appel: string;
	departement: string;
	bailleur: string;
	public: string;
	texte: string;
}

export const AUCUN_FILTRE: FiltresCatalogue = { appel: '', departement: '', bailleur: '', public: '', texte: '' };

const PARAMETRES: Record<keyof FiltresCatalogue, string> = { appel: 'appel', departement: 'dep', bailleur: 'organisme', public: 'public', texte: 'q' };

/** Lower case, accents removed: « Sia Habitat » and « SIA HABITAT » match. */
function plier(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr');
}

/**
 * Landlord as a filter key: its SIREN when known, else its folded name, so that one landlord spelt
 * two ways by two documents (« Partenord », « Partenord Habitat ») is one choice. '' when none.
 */
export function cleBailleur(p: Pick<Projet, 'bailleur' | 'siren'>): string {
	if (p.siren) return p.siren;
	return p.bailleur ? plier(p.bailleur).replace(/\s+/g, ' ').trim() : '';
}

/** Whether `p` passes every filter set; the free text searches name, landlord, carrier, partners, place and public. */
export function passeLesFiltres(p: Projet, f: FiltresCatalogue): boolean {
	if (f.appel && p.appel !== f.appel) return false;
	if (f.departement && !p.departements.includes(f.departement)) return false;
	if (f.bailleur && cleBailleur(p) !== f.bailleur) return false;
	if (f.public && !p.publics.includes(f.public)) return false;
	const texte = plier(f.texte.trim());
	if (!texte) return true;
	const champs = [p.nom, p.bailleur, p.porteur, p.localisation, p.public, ...p.partenaires];
	return champs.some((c) => c != null && plier(c).includes(texte));
}

export interface Option {
	value: string;
	label: string;
}

const triFr = (a: Option, b: Option) => a.label.localeCompare(b.label, 'fr');

/** Choices of each filter among `projets`, in French alphabetical order (departments by code). */
export function optionsFiltres(projets: readonly Projet[]): Record<'appel' | 'departement' | 'bailleur' | 'public', Option[]> {
	// The first spelling met names the choice.
	const unique = (pairs: Option[]) => [...new Map(pairs.reverse().map((o) => [o.value, o])).values()];
	return {
		appel: unique(projets.map((p) => ({ value: p.appel, label: p.appelLibelle }))).sort(triFr),
		departement: unique(projets.flatMap((p) => p.departements.map((code, i) => ({ value: code, label: p.departementsNoms[i] })))).sort((a, b) =>
			a.value.localeCompare(b.value)
		),
		bailleur: unique(projets.filter((p) => p.bailleur).map((p) => ({ value: cleBailleur(p), label: p.bailleur as string }))).sort(triFr),
		public: unique(projets.flatMap((p) => p.publics.map((t) => ({ value: t, label: t })))).sort(triFr)
	};
}

/** Filters read from a URL query; unknown parameters ignored. */
export function lireFiltres(params: URLSearchParams): FiltresCatalogue {
	const f = { ...AUCUN_FILTRE };
	for (const key of Object.keys(PARAMETRES) as (keyof FiltresCatalogue)[]) f[key] = params.get(PARAMETRES[key]) ?? '';
	return f;
}

/** `params` with the filters written in (an empty filter removes its parameter); other parameters kept. */
export function ecrireFiltres(params: URLSearchParams, f: FiltresCatalogue): URLSearchParams {
	const out = new URLSearchParams(params);
	for (const key of Object.keys(PARAMETRES) as (keyof FiltresCatalogue)[]) {
		if (f[key]) out.set(PARAMETRES[key], f[key]);
		else out.delete(PARAMETRES[key]);
	}
	return out;
}

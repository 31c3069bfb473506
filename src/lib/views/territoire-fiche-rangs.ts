/**
 * Position of a territory among the region's territories of its level (the 5 departments,
 * the 92 EPCI) on the main rates: « 2e sur 5 départements ». Pure functions.
 */

/** A territory's value on one indicator; null when it cannot be computed (no objective). */
export interface ValeurTerritoire {
	code: string;
	valeur: number | null;
}

export interface Rang {
	/** Key of the indicator ranked. */
	cle: string;
	/** French label of the indicator. */
	libelle: string;
	/** The territory's value (a ratio); null when it has none. */
	valeur: number | null;
	/** 1 for the highest value; ties share a rank; null when the territory has no value. */
	rang: number | null;
	/** Territories with a value. */
	classes: number;
	/** Territories of the level. */
	total: number;
	/** Why a territory may lack a value, in French (« objectif non fixé »). */
	absence: string;
}

/** Rank of `code` by descending value (1 = highest); tied values share the better rank. */
export function rangParmi(code: string, valeurs: readonly ValeurTerritoire[]): { valeur: number | null; rang: number | null; classes: number } {
	// A masked value (NaN, diffusion build) is not ranked, like a missing one: its rank would reveal it.
	const connue = (v: number | null | undefined): v is number => v != null && !Number.isNaN(v);
	const avecValeur = valeurs.filter((v): v is { code: string; valeur: number } => connue(v.valeur));
	const trouvee = valeurs.find((v) => v.code === code)?.valeur;
	const valeur = connue(trouvee) ? trouvee : null;
	const rang = valeur == null ? null : 1 + avecValeur.filter((v) => v.valeur > valeur).length;
	return { valeur, rang, classes: avecValeur.length };
}

/** « 1er », « 2e », « 17e ». */
export function ordinal(n: number): string {
	return n === 1 ? '1er' : `${n}e`;
}

/**
 * « 2e sur 5 départements », « 12e sur 92 EPCI », « 3e sur 4 départements classés (objectif non fixé
 * pour les autres) »; « non classé (objectif non fixé) » without a value.
 */
export function texteRang(r: Rang, niveau: 'departement' | 'epci'): string {
	if (r.rang == null) return `non classé (${r.absence})`;
	const unite = niveau === 'departement' ? 'départements' : 'EPCI';
	const tous = r.classes === r.total ? '' : ` classés (${r.absence} pour les autres)`;
	return `${ordinal(r.rang)} sur ${r.classes} ${unite}${tous}`;
}

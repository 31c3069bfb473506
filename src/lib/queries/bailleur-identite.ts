/** Who a bailleur is (SIREN, names, type), from the `bailleurs` extract: the sheets' titles and entries. */
import { query, type Query } from './query';

export interface BailleurIdentiteRow {
	/** SIREN (9 digits), or a pseudonym code (`ANON07`) in a bailleur-scoped build. */
	siren: string;
	nom: string;
	/** Short name; null when the input left it empty. */
	nom_court: string | null;
	/** 'OPH', 'ESH', … */
	type: string;
}

/** Every bailleur of the extracts, by SIREN. */
export function bailleursListe(): Query<BailleurIdentiteRow> {
	return query<BailleurIdentiteRow>('bailleurs-liste', `SELECT siren, nom, nom_court, type FROM bailleurs ORDER BY siren`);
}

/** One bailleur by SIREN: one row, or none if unknown. */
export function bailleurIdentite(siren: string): Query<BailleurIdentiteRow> {
	return query<BailleurIdentiteRow>('bailleur-identite', `SELECT siren, nom, nom_court, type FROM bailleurs WHERE siren = $1`, [siren]);
}

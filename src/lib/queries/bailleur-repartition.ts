/**
 * Every bailleur's attributions by EPCI (year to date) and by month (two years), all publics at
 * once: a bailleur's sheet filters its own rows, so the 31 prerendered sheets share one query.
 */
import { query, type Query } from './query';
import type { AttributionsEpciRow } from './attributions-epci';

/** One bailleur in one EPCI, 1 January → date: the counts of `AttributionsEpciRow` (households). */
export type BailleurEpciRow = Pick<
	AttributionsEpciRow,
	'nom' | 'code_departement' | 'perimetre_reforme' | 'attributions' | 'prioritaires' | 'sortants_hebergement' | 'sans_abri' | 'hors_qpv' | 'hors_qpv_q1'
> & {
	/** Bailleur SIREN (or pseudonym code in a scoped build). */
	siren: string;
	/** EPCI SIREN. */
	code: string;
};

/** Rows only where the bailleur made attributions, by bailleur, department and EPCI name. @param date month end `YYYY-MM-DD` */
export function bailleursEpci(date: string): Query<BailleurEpciRow> {
	return query<BailleurEpciRow>(
		'bailleurs-epci',
		`SELECT c.siren_bailleur AS siren, t.code, t.nom, t.code_departement, COALESCE(r.perimetre, false) AS perimetre_reforme,
  c.attributions, c.prioritaires, c.sortants_hebergement, c.sans_abri, c.hors_qpv, c.hors_qpv_q1
FROM cumuls c
JOIN territoires t ON t.niveau = 'epci' AND t.code = c.code
LEFT JOIN reforme r ON r.siren_epci = c.code
WHERE c.d = $1::DATE AND c.niveau = 'epci' AND c.siren_bailleur <> '' AND NOT c.perimetre_reforme
ORDER BY siren, t.code_departement, t.nom`,
		[date]
	);
}

export interface BailleurMensuelRow {
	siren: string;
	annee: number;
	/** Month number, 1–12. */
	mois: number;
	prioritaires: number;
	sortants_hebergement: number;
	sans_abri: number;
}

/** Monthly attributions of every bailleur in `annee` and the year before; months without attributions have no row. */
export function bailleursMensuel(annee: number): Query<BailleurMensuelRow> {
	return query<BailleurMensuelRow>(
		'bailleurs-mensuel',
		`SELECT siren_bailleur AS siren, year(d)::INTEGER AS annee, month(d)::INTEGER AS mois,
  mois_prioritaires AS prioritaires, mois_sortants_hebergement AS sortants_hebergement, mois_sans_abri AS sans_abri
FROM cumuls
WHERE year(d) IN ($1::INTEGER - 1, $1::INTEGER) AND lignes_mois > 0
  AND niveau = 'region' AND siren_bailleur <> '' AND NOT perimetre_reforme
ORDER BY siren, annee, mois`,
		[annee]
	);
}

export interface DepartementNomRow {
	code: string;
	nom: string;
}

/** The region's departments, by code. */
export function departementsNoms(): Query<DepartementNomRow> {
	return query<DepartementNomRow>('departements-noms', `SELECT code, nom FROM territoires WHERE niveau = 'departement' ORDER BY code`);
}

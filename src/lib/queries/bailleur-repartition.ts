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
		`WITH p AS (SELECT $1::DATE AS d, date_trunc('year', $1::DATE)::DATE AS debut)
SELECT a.siren_bailleur AS siren, t.code, t.nom, t.code_departement, COALESCE(r.perimetre, false) AS perimetre_reforme,
  SUM(a.attributions)::INTEGER AS attributions, SUM(a.prioritaires)::INTEGER AS prioritaires,
  SUM(a.sortants_hebergement)::INTEGER AS sortants_hebergement, SUM(a.sans_abri)::INTEGER AS sans_abri,
  SUM(a.hors_qpv)::INTEGER AS hors_qpv, SUM(a.hors_qpv_q1)::INTEGER AS hors_qpv_q1
FROM attributions a CROSS JOIN p
JOIN territoires t ON t.niveau = 'epci' AND t.code = a.siren_epci
LEFT JOIN reforme r ON r.siren_epci = a.siren_epci
WHERE a.mois >= p.debut AND a.mois <= p.d
GROUP BY ALL
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
		`SELECT siren_bailleur AS siren, year(mois)::INTEGER AS annee, month(mois)::INTEGER AS mois,
  SUM(prioritaires)::INTEGER AS prioritaires, SUM(sortants_hebergement)::INTEGER AS sortants_hebergement, SUM(sans_abri)::INTEGER AS sans_abri
FROM attributions
WHERE year(mois) IN ($1::INTEGER - 1, $1::INTEGER)
GROUP BY ALL
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

/**
 * FNAVDL coverage at EPCI level, for the retained projects localised in an EPCI (projects
 * covering a whole department are left out): households to accompany and accompanied,
 * against the EPCI's priority households waiting on the stock date.
 */
import { query, type Query } from './query';

export interface FnavdlEpciRow {
	siren: string;
	nom: string;
	code_departement: string;
	/** Retained projects localised in the EPCI. */
	projets: number;
	menages_a_accompagner: number;
	menages_accompagnes: number;
	/** Priority households waiting in the EPCI at the stock date; null when not observed. */
	stock_prioritaires: number | null;
}

/**
 * @param annee year of the call for projects
 * @param dateStock date of the priority stock, `YYYY-MM-DD`
 */
export function fnavdlEpci(annee: number, dateStock: string): Query<FnavdlEpciRow> {
	return query<FnavdlEpciRow>(
		'fnavdl-epci',
		`WITH proj AS (
  SELECT siren_epci AS code, COUNT(*) AS projets,
    SUM(COALESCE(menages_acces, 0) + COALESCE(menages_maintien, 0)) AS aa, SUM(COALESCE(menages_accompagnes, 0)) AS acc
  FROM fnavdl_projets WHERE annee = $1 AND statut = 'retenu' AND siren_epci IS NOT NULL GROUP BY 1),
stk AS (
  SELECT code_territoire AS code, SUM(menages) AS stock
  FROM stocks WHERE niveau = 'epci' AND public = 'prioritaires' AND date = $2::DATE GROUP BY 1)
SELECT t.code AS siren, t.nom, t.code_departement, proj.projets::INTEGER AS projets, proj.aa::INTEGER AS menages_a_accompagner,
  proj.acc::INTEGER AS menages_accompagnes, stk.stock::INTEGER AS stock_prioritaires
FROM proj JOIN territoires t ON t.niveau = 'epci' AND t.code = proj.code LEFT JOIN stk ON stk.code = proj.code
ORDER BY t.code_departement, t.nom`,
		[annee, dateStock]
	);
}

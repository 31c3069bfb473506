/**
 * FNAVDL coverage: households to accompany in the projects retained by a call for
 * projects, against the stock of priority households waiting on a date, by department
 * and for the region (deck: 1 700 households in 2021 ≈ 20 % of the stock on 1 January 2022).
 */
import { query, type Query } from './query';

export interface FnavdlCouvertureRow {
	niveau: 'departement' | 'region';
	code: string;
	nom: string;
	/** Households to accompany (access + maintenance) in the retained projects of the call. */
	menages_a_accompagner: number;
	/** Households accompanied at the projects' last count. */
	menages_accompagnes: number;
	/** Priority households waiting at the stock date; null when not observed. */
	stock_prioritaires: number | null;
}

/**
 * @param annee year of the call for projects
 * @param dateStock date of the priority stock, `YYYY-MM-DD` (usually 1 January of the next year)
 */
export function fnavdlCouverture(annee: number, dateStock: string): Query<FnavdlCouvertureRow> {
	return query<FnavdlCouvertureRow>(
		'fnavdl-couverture',
		`WITH proj AS (
  SELECT code_departement AS code,
    SUM(COALESCE(menages_acces, 0) + COALESCE(menages_maintien, 0)) AS menages_a_accompagner,
    SUM(COALESCE(menages_accompagnes, 0)) AS menages_accompagnes
  FROM fnavdl_projets WHERE annee = $1 AND statut = 'retenu' GROUP BY 1),
stk AS (
  SELECT code_territoire AS code, SUM(menages) AS stock
  FROM stocks WHERE niveau = 'departement' AND public = 'prioritaires' AND date = $2::DATE GROUP BY 1),
lignes AS (
  SELECT t.code, t.nom, COALESCE(proj.menages_a_accompagner, 0) AS aa, COALESCE(proj.menages_accompagnes, 0) AS acc, stk.stock
  FROM territoires t LEFT JOIN proj USING (code) LEFT JOIN stk USING (code) WHERE t.niveau = 'departement')
SELECT 'departement' AS niveau, code, nom, aa::INTEGER AS menages_a_accompagner, acc::INTEGER AS menages_accompagnes,
  stock::INTEGER AS stock_prioritaires FROM lignes
UNION ALL
SELECT 'region', t.code, t.nom, SUM(l.aa)::INTEGER, SUM(l.acc)::INTEGER,
  CASE WHEN bool_and(l.stock IS NOT NULL) THEN SUM(l.stock) END::INTEGER
FROM lignes l, territoires t WHERE t.niveau = 'region' GROUP BY t.code, t.nom
ORDER BY niveau, code`,
		[annee, dateStock]
	);
}

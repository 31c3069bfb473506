/**
 * The FNAVDL call for projects of a year by department and for the region: applications,
 * retained projects (of which bailleur–association partnerships), households to accompany
 * (access, maintenance), households accompanied, funding, and the funding and households
 * of the projects where both are known (for the cost per household accompanied).
 */
import { query, type Query } from './query';

export interface FnavdlDepartementRow {
	niveau: 'departement' | 'region';
	code: string;
	nom: string;
	/** Applications received (every project of the call). */
	deposes: number;
	retenus: number;
	/** Retained projects carried by a bailleur–association partnership. */
	partenariats: number;
	/** Households to accompany in retained projects: access to housing. */
	menages_acces: number;
	/** Households to accompany in retained projects: keeping their housing. */
	menages_maintien: number;
	/** Households accompanied at the projects' last count. */
	menages_accompagnes: number;
	/** Last count date `YYYY-MM-DD`; null when no project reported. */
	date_accompagnes: string | null;
	/** FNAVDL funding of retained projects, euros with cents. */
	financement_eur: number;
	/** Funding of the retained projects whose funding and households accompanied (> 0) are known, euros. */
	financement_connu_eur: number;
	/** Households accompanied in those same projects. */
	accompagnes_connus: number;
}

/** @param annee year of the call for projects. Departments by code, then the region. */
export function fnavdlDepartements(annee: number): Query<FnavdlDepartementRow> {
	return query<FnavdlDepartementRow>(
		'fnavdl-departements',
		`WITH p AS (
  SELECT *, statut = 'retenu' AS r, statut = 'retenu' AND financement_eur IS NOT NULL AND menages_accompagnes > 0 AS connu
  FROM fnavdl_projets WHERE annee = $1),
d AS (
  SELECT t.niveau, t.code, t.nom, p.* EXCLUDE (nom, code_departement)
  FROM territoires t JOIN p ON t.niveau = 'region' OR (t.niveau = 'departement' AND t.code = p.code_departement))
SELECT niveau, code, nom, COUNT(*)::INTEGER AS deposes,
  COUNT(*) FILTER (WHERE r)::INTEGER AS retenus,
  COUNT(*) FILTER (WHERE r AND type_porteur = 'partenariat')::INTEGER AS partenariats,
  COALESCE(SUM(menages_acces) FILTER (WHERE r), 0)::INTEGER AS menages_acces,
  COALESCE(SUM(menages_maintien) FILTER (WHERE r), 0)::INTEGER AS menages_maintien,
  COALESCE(SUM(menages_accompagnes) FILTER (WHERE r), 0)::INTEGER AS menages_accompagnes,
  strftime(MAX(date_menages_accompagnes) FILTER (WHERE r), '%Y-%m-%d') AS date_accompagnes,
  ROUND(COALESCE(SUM(financement_eur) FILTER (WHERE r), 0), 2)::DOUBLE AS financement_eur,
  ROUND(COALESCE(SUM(financement_eur) FILTER (WHERE connu), 0), 2)::DOUBLE AS financement_connu_eur,
  COALESCE(SUM(menages_accompagnes) FILTER (WHERE connu), 0)::INTEGER AS accompagnes_connus
FROM d GROUP BY niveau, code, nom
ORDER BY niveau, code`,
		[annee]
	);
}

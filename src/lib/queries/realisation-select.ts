/**
 * The one SELECT of objective vs achieved by territory, read from the derived table
 * `realisations` (./realisations.ts): the region and its departments (a bailleur's own
 * departments only: those where it has an objective row or attributions), its EPCI, or all of
 * them at once for a page that shows both (one query instead of two). Bound values, in order:
 * $1 month-end date, $2 indicateur, $3 bailleur SIREN ('' = all bailleurs).
 */

/** Which territories: the region and departments, the EPCI, or both. */
export type NiveauxRealisation = 'departements' | 'epci' | 'tous';

const WHERE: Record<NiveauxRealisation, string[]> = {
	departements: ['departement', 'region'],
	epci: ['epci'],
	tous: ['departement', 'region', 'epci']
};

const CONDITIONS: Record<string, string> = {
	departement: `(t.niveau = 'departement' AND ($3 = '' OR r.statut_objectif IS NOT NULL OR r.attributions > 0))`,
	region: `(t.niveau = 'region' AND r.code IS NOT NULL)`,
	epci: `t.niveau = 'epci'`
};

/** @param niveaux the rows; the EPCI's department (`code_departement`) comes with the EPCI rows. */
export function realisationSelect(niveaux: NiveauxRealisation): string {
	const departementColumn = niveaux === 'departements' ? '' : ' t.code_departement,';
	return `SELECT t.niveau, t.code, t.nom,${departementColumn} r.objectif, r.statut_objectif,
  COALESCE(r.realise, 0)::INTEGER AS realise, COALESCE(r.attributions, 0)::INTEGER AS attributions, r.stock, r.stock_debut_annee
FROM territoires t
LEFT JOIN realisations r ON r.d = $1::DATE AND r.indicateur = $2 AND r.siren_bailleur = $3 AND r.niveau = t.niveau AND r.code = t.code
WHERE ${WHERE[niveaux].map((n) => CONDITIONS[n]).join('\n  OR ')}
ORDER BY CASE t.niveau WHEN 'departement' THEN 0 WHEN 'region' THEN 1 ELSE 2 END, t.code_departement, CASE t.niveau WHEN 'epci' THEN t.nom ELSE t.code END`;
}

/**
 * The SQL of the derived tables `realisations` and `realisations_bailleurs` (columns:
 * src/lib/contract/extracts.ts), read from `cumuls` (./cumuls.ts), the objectives and the
 * stocks for every month end, public and bailleur: objective vs achieved computed once, when the
 * site is built; the pages' queries then pick rows (./objectifs-realisation.ts, …).
 */
import { INDICATEURS } from '../contract/inputs';
import { PUBLICS } from './publics';

/** Every (month end, public): the views the site can ask. */
const VUES = `SELECT f.d, date_trunc('year', f.d)::DATE AS debut, p.indicateur, p.stock_public
  FROM (SELECT DISTINCT d FROM cumuls) f
  CROSS JOIN (VALUES ${INDICATEURS.map((i) => `('${i}', '${PUBLICS[i].stock}')`).join(', ')}) p(indicateur, stock_public)`;

/** The attributions to the public of the row's `indicateur`, from a `cumuls` row `c`. */
const REALISE = `CASE p.indicateur ${INDICATEURS.map((i) => `WHEN '${i}' THEN c.${PUBLICS[i].column}`).join(' ')} END`;

/** Lines of each public, month end and bailleur ('' = all) by department and EPCI, then the region. */
export function realisationsSelect(): string {
	const keys = 'd, indicateur, siren_bailleur, niveau, code';
	return `WITH p AS (${VUES}),
vues AS (SELECT p.*, b.siren_bailleur FROM p CROSS JOIN (SELECT '' AS siren_bailleur UNION ALL SELECT siren FROM bailleurs) b),
attr AS (
  SELECT p.d, p.indicateur, c.siren_bailleur, c.niveau, c.code, ${REALISE} AS realise, c.attributions
  FROM p JOIN cumuls c ON c.d = p.d AND NOT c.perimetre_reforme AND c.niveau IN ('departement', 'epci')),
obj AS (
  SELECT v.d, v.indicateur, v.siren_bailleur, o.niveau, o.code_territoire AS code, o.valeur, o.statut
  FROM vues v JOIN objectifs o ON o.annee = year(v.d) AND o.indicateur = v.indicateur
    AND COALESCE(o.siren_bailleur, '') = v.siren_bailleur AND o.niveau IN ('departement', 'epci')),
-- Stocks are territorial: for all bailleurs only.
stk AS (
  SELECT p.d, p.indicateur, '' AS siren_bailleur, s.niveau, s.code_territoire AS code,
    MAX(s.menages) FILTER (WHERE s.date = p.d) AS stock, MAX(s.menages) FILTER (WHERE s.date = p.debut) AS stock_debut_annee
  FROM p JOIN stocks s ON s.public = p.stock_public AND s.date IN (p.d, p.debut) AND s.niveau IN ('departement', 'epci')
  GROUP BY ALL),
lignes AS (
  SELECT k.*, obj.valeur, obj.statut, attr.realise, attr.attributions, stk.stock, stk.stock_debut_annee
  FROM (SELECT ${keys} FROM attr UNION SELECT ${keys} FROM obj UNION SELECT ${keys} FROM stk) k
  LEFT JOIN attr USING (${keys}) LEFT JOIN obj USING (${keys}) LEFT JOIN stk USING (${keys})),
-- The region sums its departments: all of them for all bailleurs, a bailleur's own (an objective row or attributions) for a bailleur.
departements AS (
  SELECT v.d, v.indicateur, v.siren_bailleur, l.valeur, l.statut, COALESCE(l.realise, 0) AS realise,
    COALESCE(l.attributions, 0) AS attributions, l.stock, l.stock_debut_annee
  FROM vues v CROSS JOIN territoires t
  LEFT JOIN lignes l ON l.d = v.d AND l.indicateur = v.indicateur AND l.siren_bailleur = v.siren_bailleur AND l.niveau = 'departement' AND l.code = t.code
  WHERE t.niveau = 'departement' AND (v.siren_bailleur = '' OR l.statut IS NOT NULL OR l.attributions > 0)),
region AS (
  SELECT d, indicateur, siren_bailleur,
    -- The region's objective exists only when every department's is fixed: never a partial sum.
    -- A bailleur's departments without any objective row do not count (it has no target there).
    CASE WHEN bool_and(valeur IS NOT NULL OR (siren_bailleur <> '' AND statut IS NULL)) THEN SUM(valeur) END AS valeur,
    CASE WHEN bool_and(valeur IS NOT NULL OR (siren_bailleur <> '' AND statut IS NULL)) THEN 'fixe' ELSE 'en cours de finalisation' END AS statut,
    SUM(realise) AS realise, SUM(attributions) AS attributions,
    CASE WHEN bool_and(stock IS NOT NULL) THEN SUM(stock) END AS stock,
    CASE WHEN bool_and(stock_debut_annee IS NOT NULL) THEN SUM(stock_debut_annee) END AS stock_debut_annee
  FROM departements GROUP BY d, indicateur, siren_bailleur)
SELECT d, indicateur, niveau, code, siren_bailleur, valeur::INTEGER AS objectif, statut AS statut_objectif,
  COALESCE(realise, 0)::INTEGER AS realise, COALESCE(attributions, 0)::INTEGER AS attributions,
  stock::INTEGER AS stock, stock_debut_annee::INTEGER AS stock_debut_annee
FROM (SELECT d, indicateur, niveau, code, siren_bailleur, valeur, statut, realise, attributions, stock, stock_debut_annee FROM lignes
  UNION ALL
  SELECT d, indicateur, 'region', (SELECT code FROM territoires WHERE niveau = 'region'), siren_bailleur, valeur, statut, realise, attributions, stock, stock_debut_annee FROM region)
ORDER BY d, indicateur, niveau, code, siren_bailleur`;
}

/** Each bailleur's lines by public and month end: the region ('') and each department where it has an objective or attributions. */
export function realisationsBailleursSelect(): string {
	const keys = 'd, indicateur, siren, code_departement';
	return `WITH p AS (${VUES}),
attr AS (
  SELECT p.d, p.indicateur, c.siren_bailleur AS siren, CASE c.niveau WHEN 'region' THEN '' ELSE c.code END AS code_departement,
    ${REALISE} AS realise, c.attributions
  FROM p JOIN cumuls c ON c.d = p.d AND c.siren_bailleur <> '' AND NOT c.perimetre_reforme AND c.niveau IN ('region', 'departement')),
obj AS (
  SELECT p.d, p.indicateur, o.siren_bailleur AS siren, o.code_territoire AS code_departement, o.valeur, o.statut
  FROM p JOIN objectifs o ON o.annee = year(p.d) AND o.indicateur = p.indicateur AND o.niveau = 'departement' AND o.siren_bailleur IS NOT NULL
  UNION ALL
  -- Over the region: the sum of all its objectives of the year, unless one is not fixed.
  SELECT p.d, p.indicateur, o.siren_bailleur, '', CASE WHEN bool_and(o.valeur IS NOT NULL) THEN SUM(o.valeur) END, NULL
  FROM p JOIN objectifs o ON o.annee = year(p.d) AND o.indicateur = p.indicateur AND o.siren_bailleur IS NOT NULL
  GROUP BY p.d, p.indicateur, o.siren_bailleur)
SELECT k.d, k.indicateur, k.siren, k.code_departement, obj.valeur::INTEGER AS objectif, obj.statut AS statut_objectif,
  COALESCE(attr.realise, 0)::INTEGER AS realise, COALESCE(attr.attributions, 0)::INTEGER AS attributions
FROM (SELECT ${keys} FROM attr UNION SELECT ${keys} FROM obj) k
LEFT JOIN attr USING (${keys}) LEFT JOIN obj USING (${keys})
ORDER BY k.d, k.indicateur, k.siren, k.code_departement`;
}

/**
 * SQL deriving the other national tables from the synthetic attributions, inside native
 * DuckDB: objectives (about 10 % above the year's attributions), stocks at every month end
 * and 1 January, the reform perimeter (EPCI of 100 000 inhabitants or more). The
 * deterministic noise comes from `hash()` of the row's key.
 */

/** A multiplicative factor in [1 - spread, 1 + spread] drawn from the hash of `key`. */
const noise = (key: string, spread: number) => `(1 + ${spread} * ((hash(${key}) % 2001)::DOUBLE / 1000 - 1))`;

/** Objectives of `attr_synth` years: the department's and each bailleur's, per indicator. */
export const OBJECTIFS_SQL = `
CREATE TABLE objectifs_synth AS
WITH annuel AS (
  SELECT year(mois) AS annee, code_departement, siren_bailleur, region,
    SUM(prioritaires) AS prioritaires, SUM(sortants_hebergement) AS sortants_hebergement, SUM(sans_abri) AS sans_abri
  FROM attr_synth GROUP BY ALL),
long AS (
  UNPIVOT annuel ON prioritaires, sortants_hebergement, sans_abri INTO NAME indicateur VALUE realise)
SELECT annee::INTEGER AS annee, indicateur, 'departement' AS niveau, code_departement AS code_territoire, NULL::VARCHAR AS siren_bailleur,
  GREATEST(1, round(SUM(realise) * ${noise("indicateur || code_departement || annee::VARCHAR", 0.15)} * 1.1))::INTEGER AS valeur, 'fixe' AS statut, region
FROM long GROUP BY annee, indicateur, code_departement, region
UNION ALL
SELECT annee::INTEGER, indicateur, 'departement', code_departement, siren_bailleur,
  GREATEST(1, round(realise * ${noise("indicateur || siren_bailleur || code_departement || annee::VARCHAR", 0.3)} * 1.1))::INTEGER, 'fixe', region
FROM long`;

/** Department stocks at each month end and on 1 January of each year of `attr_synth`. */
export const STOCKS_SQL = `
CREATE TABLE stocks_synth AS
WITH annuel AS (
  SELECT code_departement, region, year(mois) AS annee,
    SUM(prioritaires) AS prioritaires, SUM(sortants_hebergement) AS heberges, SUM(sans_abri) AS sans_abri
  FROM attr_synth GROUP BY ALL),
long AS (UNPIVOT annuel ON prioritaires, heberges, sans_abri INTO NAME public VALUE volume),
dates AS (
  SELECT DISTINCT annee, (make_date(annee, m, 1) + INTERVAL 1 MONTH - INTERVAL 1 DAY)::DATE AS date FROM long, range(1, 13) t(m)
  UNION SELECT DISTINCT annee, make_date(annee, 1, 1) FROM long)
SELECT d.date, 'departement' AS niveau, l.code_departement AS code_territoire, l.public,
  GREATEST(0, round(l.volume * 2.2 * ${noise("l.public || l.code_departement || d.date::VARCHAR", 0.12)}))::INTEGER AS menages, l.region
FROM long l JOIN dates d USING (annee)`;

/** Reform rows: the EPCI of 100 000 inhabitants or more are in the perimeter, their steps dated 2016–2022. */
export const REFORME_SQL = `
CREATE TABLE reforme_synth AS
SELECT code AS siren_epci, population >= 100000 AS perimetre,
  CASE WHEN population >= 100000 THEN make_date(2016 + (hash(code || 'cil') % 4)::INTEGER, 1 + (hash(code) % 12)::INTEGER, 15) END AS date_premiere_cil,
  CASE WHEN population >= 100000 AND hash(code || 'o') % 10 < 8 THEN make_date(2018 + (hash(code || 'or') % 3)::INTEGER, 1 + (hash(code || 'm') % 12)::INTEGER, 15) END AS date_orientations,
  CASE WHEN population >= 100000 AND hash(code || 'c') % 10 < 6 THEN make_date(2020 + (hash(code || 'ci') % 3)::INTEGER, 1 + (hash(code || 'mc') % 12)::INTEGER, 15) END AS date_cia,
  CASE WHEN population >= 100000 AND hash(code || 'p') % 10 < 5 THEN make_date(2020 + (hash(code || 'pp') % 3)::INTEGER, 1 + (hash(code || 'mp') % 12)::INTEGER, 15) END AS date_ppgdid,
  population >= 100000 AND hash(code || 'cot') % 10 < 2 AS cotation_active,
  NULL::INTEGER AS taux_cible_hors_qpv_q1, region
FROM epci_synth`;

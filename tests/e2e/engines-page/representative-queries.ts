/**
 * Representative SQL over every extract, run on both engines beside the site's catalog
 * (src/lib/queries/catalog.ts): counts, sums cast to INTEGER, a join, a DATE bound as a
 * parameter, a string, a number and a boolean parameter, nulls, every column type.
 */
import { query, type Query } from '../../../src/lib/queries/query';
import { EXTRACT_NAMES } from '../../../src/lib/contract/extracts';

/** `SELECT count(*)::INTEGER AS n FROM <extract>`, named `compte:<extract>`. */
export const countQuery = (extract: string) => query<{ n: number }>(`compte:${extract}`, `SELECT count(*)::INTEGER AS n FROM ${extract}`);

export function representativeQueries(): Query<unknown>[] {
	return [
		...EXTRACT_NAMES.map(countQuery),
		query('attributions-par-mois', `SELECT strftime(mois, '%Y-%m-%d') AS mois, SUM(attributions)::INTEGER AS attributions,
			SUM(prioritaires)::INTEGER AS prioritaires, SUM(hors_qpv_q1)::INTEGER AS hors_qpv_q1
			FROM attributions WHERE mois >= $1::DATE AND mois <= $2::DATE GROUP BY 1 ORDER BY 1`, ['2021-01-01', '2022-12-31']),
		query('attributions-departement', `SELECT code_departement, SUM(sortants_hebergement)::INTEGER AS sortants, SUM(sans_abri)::INTEGER AS sans_abri,
			count(*)::INTEGER AS lignes FROM attributions WHERE code_departement = $1 GROUP BY 1`, ['59']),
		query('bailleurs-join', `SELECT b.siren, b.nom, b.nom_court, b.type, SUM(a.attributions)::INTEGER AS attributions,
			SUM(a.qpv_q2_q4)::INTEGER AS qpv_q2_q4 FROM bailleurs b LEFT JOIN attributions a ON a.siren_bailleur = b.siren
			GROUP BY ALL ORDER BY attributions DESC NULLS LAST, b.siren LIMIT 20`),
		query('territoires-epci', `SELECT niveau, code, nom, code_departement, population FROM territoires
			WHERE niveau = $1 ORDER BY code LIMIT 30`, ['epci']),
		query('objectifs-annee', `SELECT annee, indicateur, niveau, code_territoire, siren_bailleur, valeur, statut FROM objectifs
			WHERE annee = $1 ORDER BY ALL LIMIT 50`, [2022]),
		query('stocks-dates', `SELECT strftime(date, '%Y-%m-%d') AS date, public, SUM(menages)::INTEGER AS menages,
			count(*) FILTER (WHERE menages IS NULL)::INTEGER AS inconnus FROM stocks GROUP BY ALL ORDER BY ALL`),
		query('fnavdl-enveloppes', `SELECT annee, code_departement, enveloppe_eur::DOUBLE AS enveloppe_eur,
			dont_associations_eur::DOUBLE AS dont_associations_eur FROM fnavdl_enveloppes ORDER BY ALL`),
		query('fnavdl-projets', `SELECT id, annee, nom, porteur, public, financement_eur::DOUBLE AS financement_eur, menages_accompagnes,
			strftime(date_menages_accompagnes, '%Y-%m-%d') AS date_menages, statut FROM fnavdl_projets ORDER BY id LIMIT 50`),
		query('reforme-perimetre', `SELECT siren_epci, perimetre, cotation_active, taux_cible_hors_qpv_q1,
			strftime(date_cia, '%Y-%m-%d') AS date_cia FROM reforme WHERE perimetre = $1 ORDER BY siren_epci`, [true]),
		query('taux-double', `SELECT code_departement, round(SUM(prioritaires) / NULLIF(SUM(attributions), 0), 6)::DOUBLE AS part
			FROM attributions GROUP BY 1 ORDER BY 1`)
	];
}

/**
 * A bailleur's attributions outside QPV to first-quartile households (or NPNRU rehousing) in the
 * EPCI of the attribution reform perimeter, 1 January → date, against the law's 25 %; and the
 * same share for every bailleur, anonymous.
 */
import type { QueryRunner } from '../queries/query';
import type { BailleurEpciRow } from '../queries/bailleur-repartition';
import { reformeBailleurs } from '../queries/reforme-bailleurs';
import { part } from '../indicators/rates';
import { positionParmiPairs, type PositionPairs } from './bailleur-pairs';

/** Target of the Égalité-Citoyenneté law: a quarter of attributions outside QPV to the first quartile. */
export const CIBLE_HORS_QPV_Q1 = 0.25;

export interface HorsQpvEpci {
	/** EPCI SIREN. */
	code: string;
	nom: string;
	code_departement: string;
	/** Attributions outside QPV (households). */
	hors_qpv: number;
	/** Of which to first-quartile households or NPNRU rehousing. */
	hors_qpv_q1: number;
}

export interface HorsQpvBailleur {
	/** Sums over the perimeter. */
	hors_qpv: number;
	hors_qpv_q1: number;
	/** EPCI of the perimeter where the bailleur attributed outside QPV, by department then name. */
	epci: HorsQpvEpci[];
	/** Shares of every bailleur with attributions outside QPV; `auDessusCible` counts those ≥ 25 %. */
	pairs: PositionPairs;
}

/** @param parEpci every bailleur's attributions by EPCI over the year to `date` (the sheet's shared rows) */
export async function horsQpvBailleur(runner: QueryRunner, siren: string, date: string, parEpci: readonly BailleurEpciRow[]): Promise<HorsQpvBailleur> {
	const tous = await runner.run(reformeBailleurs(date));
	const epci = parEpci
		.filter((e) => e.siren === siren && e.perimetre_reforme && e.hors_qpv > 0)
		.map(({ code, nom, code_departement, hors_qpv, hors_qpv_q1 }) => ({ code, nom, code_departement, hors_qpv, hors_qpv_q1 }));
	return {
		hors_qpv: epci.reduce((s, e) => s + e.hors_qpv, 0),
		hors_qpv_q1: epci.reduce((s, e) => s + e.hors_qpv_q1, 0),
		epci,
		pairs: positionParmiPairs(
			tous.map((b) => ({ valeur: part(b.hors_qpv_q1, b.hors_qpv), soi: b.siren === siren })),
			CIBLE_HORS_QPV_Q1
		)
	};
}

/**
 * What the home page says at a glance, from the synthèse's rows (no query of its own): a
 * headline per public (achieved, objective, rate at date, change since the same date of the
 * previous year) and the alerts a DREAL raises at the commission — departments under half of
 * their objective due at the date, EPCI under the law's 25 % shares. Pure; rates from
 * src/lib/indicators, so the tiles say what the tables say.
 */
import { evolution, part, tauxADate } from '../indicators/rates';
import { daysInMonth } from '../format/dates';
import type { Indicateur } from '../contract/inputs';
import type { AttributionsEpciRow } from '../queries/attributions-epci';
import type { SyntheseData } from './synthese';

/** Rate at date under which a department is flagged. */
export const SEUIL_ALERTE_DEPARTEMENT = 0.5;
/** The law's share (article L441-1 of the CCH; and outside QPV for the 1st quartile, loi Égalité et citoyenneté). */
export const PART_LEGALE = 0.25;

export interface ChiffreCle {
	indicateur: Indicateur;
	label: string;
	/** Attributions to the public from 1 January to the date, region (or the bailleur's). */
	realise: number;
	objectif: number | null;
	statutObjectif: string | null;
	tauxADate: number | null;
	/** The same months of the previous year; null when that year is not in the data. */
	precedent: number | null;
	/** Month end of the previous year compared with, `YYYY-MM-DD`. */
	datePrecedente: string;
	evolution: number | null;
	/** Cumulated attributions month by month, this year (to the date) and the previous one: the trend. */
	cumuls: (number | null)[];
	cumulsPrecedents: number[];
}

/** The same month end one year earlier: 28 February 2023 → 28 February 2022, 29 February 2024 → 28 February 2023. */
export function memeDateAnneePrecedente(date: string): string {
	const year = Number(date.slice(0, 4)) - 1;
	const month = Number(date.slice(5, 7));
	return `${year}-${date.slice(5, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** @param dates the month ends in the data: the comparison is made only when the previous year's is one of them. */
export function chiffresCles(data: SyntheseData, dates: readonly string[]): ChiffreCle[] {
	const datePrecedente = memeDateAnneePrecedente(data.date);
	const connu = dates.includes(datePrecedente);
	return data.publics.map((pub) => {
		const region = pub.rows.find((r) => r.niveau === 'region');
		const realise = region?.realise ?? 0;
		const mois = pub.tendance.moisFin;
		const precedent = connu ? (pub.tendance.points[mois - 1]?.cumulPrecedent ?? null) : null;
		return {
			indicateur: pub.indicateur,
			label: pub.label,
			realise,
			objectif: region?.objectif ?? null,
			statutObjectif: region?.statut_objectif ?? null,
			tauxADate: tauxADate(realise, region?.objectif ?? null, data.date),
			precedent,
			datePrecedente,
			evolution: evolution(realise, precedent),
			cumuls: pub.tendance.points.map((p) => p.cumul),
			cumulsPrecedents: connu ? pub.tendance.points.map((p) => p.cumulPrecedent) : []
		};
	});
}

export interface AlerteDepartement {
	code: string;
	nom: string;
	indicateur: Indicateur;
	label: string;
	realise: number;
	/** Objective due at the date (annual × months elapsed ÷ 12), households. */
	attendu: number;
	taux: number;
}

/** Departments whose rate at date is under {@link SEUIL_ALERTE_DEPARTEMENT}, lowest first; a missing objective raises none (it is not a rate). */
export function departementsEnRetard(data: SyntheseData): AlerteDepartement[] {
	const months = Number(data.date.slice(5, 7));
	return data.publics
		.flatMap((pub) =>
			pub.rows
				.filter((r) => r.niveau === 'departement')
				.map((r) => ({ r, taux: tauxADate(r.realise, r.objectif, data.date) }))
				.filter((x): x is { r: typeof x.r; taux: number } => x.taux != null && x.taux < SEUIL_ALERTE_DEPARTEMENT)
				.map(({ r, taux }) => ({ code: r.code, nom: r.nom, indicateur: pub.indicateur, label: pub.label, realise: r.realise, attendu: ((r.objectif ?? 0) * months) / 12, taux }))
		)
		.sort((a, b) => a.taux - b.taux);
}

export interface AlerteEpci {
	siren: string;
	nom: string;
	code_departement: string;
	/** The share and the counts it is made of. */
	part: number;
	numerateur: number;
	denominateur: number;
}

function sousLaPart(rows: readonly AttributionsEpciRow[], numerateur: (r: AttributionsEpciRow) => number, denominateur: (r: AttributionsEpciRow) => number): AlerteEpci[] {
	return rows
		.map((r) => ({ siren: r.siren, nom: r.nom, code_departement: r.code_departement, numerateur: numerateur(r), denominateur: denominateur(r), part: part(numerateur(r), denominateur(r)) }))
		.filter((a): a is AlerteEpci => a.part != null && a.part < PART_LEGALE)
		.sort((a, b) => a.part - b.part || a.nom.localeCompare(b.nom, 'fr'));
}

/**
 * EPCI under the law's 25 %: of their attributions to priority households (every EPCI with
 * attributions), and, for the EPCI of the reform perimeter, of their attributions outside QPV
 * to 1st-quartile households. An EPCI without attributions has no share and raises none.
 */
export function epciSousLaPartLegale(epci: readonly AttributionsEpciRow[]): { prioritaires: AlerteEpci[]; reforme: AlerteEpci[]; avecAttributions: number; perimetre: number } {
	const reforme = epci.filter((r) => r.perimetre_reforme);
	return {
		prioritaires: sousLaPart(epci, (r) => r.prioritaires, (r) => r.attributions),
		reforme: sousLaPart(reforme, (r) => r.hors_qpv_q1, (r) => r.hors_qpv),
		avecAttributions: epci.filter((r) => r.attributions > 0).length,
		perimetre: reforme.filter((r) => r.hors_qpv > 0).length
	};
}

export interface ObjectifManquant {
	code: string;
	nom: string;
	label: string;
	/** The objective's status (« en cours de finalisation »), or null when no objective row exists. */
	statut: string | null;
}

/** Departments whose objective of a public is not fixed: no rate can be given for them, nor for the region. */
export function objectifsManquants(data: SyntheseData): ObjectifManquant[] {
	return data.publics.flatMap((pub) =>
		pub.rows.filter((r) => r.niveau === 'departement' && r.objectif == null).map((r) => ({ code: r.code, nom: r.nom, label: pub.label, statut: r.statut_objectif }))
	);
}

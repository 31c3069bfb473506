/**
 * The data of a bailleur's sheet at a date: for each public with objectives, its figures by
 * department (regional total recomputed from them) and EPCI, its trajectory and its position
 * among the other bailleurs (anonymous); its first-quartile share outside QPV; its FNAVDL
 * projects. Queries cover every bailleur and are filtered here, so the prerendered sheets share
 * them (build) and the browser's query cache keeps them. No other bailleur's name or SIREN is kept.
 */
import type { QueryRunner } from '../queries/query';
import { INDICATEURS, type Indicateur } from '../contract/inputs';
import { PUBLICS } from '../queries/publics';
import { bailleurIdentite, type BailleurIdentiteRow } from '../queries/bailleur-identite';
import { bailleursDepartements } from '../queries/bailleurs-departements';
import { bailleursRealisation } from '../queries/bailleurs-realisation';
import { bailleursEpci, bailleursMensuel, departementsNoms, type BailleurEpciRow, type BailleurMensuelRow } from '../queries/bailleur-repartition';
import { fnavdlProjets, type FnavdlProjetRow } from '../queries/fnavdl-projets';
import { monthsElapsed, tauxADate } from '../indicators/rates';
import { trajectoireCumulee, type Trajectoire } from './trajectoire-points';
import { positionParmiPairs, type PositionPairs } from './bailleur-pairs';
import { horsQpvBailleur, type HorsQpvBailleur } from './bailleur-hors-qpv';
import { totalRegional, type LigneBailleur } from './bailleur-lignes';

/** Attributions of the bailleur in one EPCI (it has no objective of its own by EPCI). */
export interface EpciBailleur {
	code: string;
	nom: string;
	code_departement: string;
	/** To this public, 1 January → date (households). */
	realise: number;
	/** All its attributions there over the same months. */
	attributions: number;
}

/** One public with objectives, for the bailleur. */
export interface PublicBailleur {
	indicateur: Indicateur;
	label: string;
	/** Over the region: objective null when any department's is not fixed (its status then says why). */
	total: LigneBailleur;
	/** Departments where it has an objective or attributions, by code. */
	departements: LigneBailleur[];
	/** EPCI where it made attributions. */
	epci: EpciBailleur[];
	trajectoire: Trajectoire;
	/** Rates at date of every bailleur, anonymous. */
	pairs: PositionPairs;
}

export interface BailleurFiche {
	/** Month end shown, `YYYY-MM-DD`. */
	date: string;
	bailleur: BailleurIdentiteRow;
	publics: PublicBailleur[];
	horsQpv: HorsQpvBailleur;
	/** Retained FNAVDL projects where it is porteur or partner, every year. */
	projets: FnavdlProjetRow[];
}

interface Shared {
	epci: BailleurEpciRow[];
	mensuel: BailleurMensuelRow[];
	noms: Map<string, string>;
}

async function loadPublic(runner: QueryRunner, indicateur: Indicateur, siren: string, date: string, shared: Shared): Promise<PublicBailleur> {
	const { column } = PUBLICS[indicateur];
	const [parDepartement, tous] = await Promise.all([runner.run(bailleursDepartements(indicateur, date)), runner.run(bailleursRealisation(indicateur, date))]);
	const departements: LigneBailleur[] = parDepartement
		.filter((d) => d.siren === siren)
		.map((d) => ({ niveau: 'departement', code: d.code_departement, nom: shared.noms.get(d.code_departement) ?? d.code_departement, objectif: d.objectif, statut_objectif: d.statut_objectif, realise: d.realise, attributions: d.attributions }));
	const total = totalRegional(departements);
	const mensuel = shared.mensuel.filter((m) => m.siren === siren).map((m) => ({ annee: m.annee, mois: m.mois, realise: m[column] }));
	return {
		indicateur,
		label: PUBLICS[indicateur].label,
		total,
		departements,
		epci: shared.epci.filter((e) => e.siren === siren).map((e) => ({ code: e.code, nom: e.nom, code_departement: e.code_departement, realise: e[column], attributions: e.attributions })),
		trajectoire: trajectoireCumulee(mensuel, Number(date.slice(0, 4)), monthsElapsed(date), total.objectif),
		pairs: positionParmiPairs(tous.map((b) => ({ valeur: tauxADate(b.realise, b.objectif, date), soi: b.siren === siren })))
	};
}

/** Null when `siren` is not a bailleur of the extracts. `date`: a month end with data. */
export async function loadBailleurFiche(runner: QueryRunner, siren: string, date: string): Promise<BailleurFiche | null> {
	const [[bailleur], epci, mensuel, noms, projets] = await Promise.all([
		runner.run(bailleurIdentite(siren)),
		runner.run(bailleursEpci(date)),
		runner.run(bailleursMensuel(Number(date.slice(0, 4)))),
		runner.run(departementsNoms()),
		runner.run(fnavdlProjets('32', ''))
	]);
	if (!bailleur) return null;
	const shared: Shared = { epci, mensuel, noms: new Map(noms.map((d) => [d.code, d.nom])) };
	const [publics, horsQpv] = await Promise.all([
		Promise.all(INDICATEURS.map((i) => loadPublic(runner, i, siren, date, shared))),
		horsQpvBailleur(runner, siren, date, epci)
	]);
	return { date, bailleur, publics, horsQpv, projets: projets.filter((p) => p.siren_bailleur === siren) };
}

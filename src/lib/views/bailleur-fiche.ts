/**
 * The data of a bailleur's sheet at a date: for each public with objectives, its figures by
 * department and EPCI, its trajectory and its position among the other bailleurs (anonymous);
 * its share of first-quartile households outside QPV (reform perimeter); its FNAVDL projects.
 * No other bailleur's name or SIREN is kept. Runs at build time (native) and in the browser (wasm).
 */
import type { QueryRunner } from '../queries/query';
import { INDICATEURS, type Indicateur } from '../contract/inputs';
import { PUBLICS } from '../queries/publics';
import { bailleurIdentite, type BailleurIdentiteRow } from '../queries/bailleur-identite';
import { objectifsRealisation, type ObjectifRealisationRow } from '../queries/objectifs-realisation';
import { epciRealisation, type EpciRealisationRow } from '../queries/epci-realisation';
import { bailleursRealisation } from '../queries/bailleurs-realisation';
import { trajectoire } from '../queries/trajectoire';
import { fnavdlProjets, type FnavdlProjetRow } from '../queries/fnavdl-projets';
import { monthsElapsed, tauxADate } from '../indicators/rates';
import { trajectoireCumulee, type Trajectoire } from './trajectoire-points';
import { positionParmiPairs, type PositionPairs } from './bailleur-pairs';
import { loadHorsQpvBailleur, type HorsQpvBailleur } from './bailleur-hors-qpv';

/** One public with objectives, for the bailleur. */
export interface PublicBailleur {
	indicateur: Indicateur;
	label: string;
	/** The bailleur's total over the region: objective null (« en cours de finalisation ») when any department's is not fixed. */
	total: ObjectifRealisationRow;
	/** Departments where it has an objective or attributions, by code. */
	departements: ObjectifRealisationRow[];
	/** EPCI where it made attributions (it has no objective of its own by EPCI). */
	epci: EpciRealisationRow[];
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

async function loadPublic(runner: QueryRunner, indicateur: Indicateur, siren: string, date: string): Promise<PublicBailleur> {
	const annee = Number(date.slice(0, 4));
	const [lignes, epci, mensuel, tous] = await Promise.all([
		runner.run(objectifsRealisation(indicateur, date, siren)),
		runner.run(epciRealisation(indicateur, date, siren)),
		runner.run(trajectoire(indicateur, '32', annee, siren)),
		runner.run(bailleursRealisation(indicateur, date))
	]);
	const total = lignes.find((l) => l.niveau === 'region')!;
	const departements = lignes.filter((l) => l.niveau === 'departement');
	return {
		indicateur,
		label: PUBLICS[indicateur].label,
		total,
		departements,
		epci: epci.filter((e) => e.attributions > 0 || e.objectif != null),
		trajectoire: trajectoireCumulee(mensuel, annee, monthsElapsed(date), total.objectif),
		pairs: positionParmiPairs(tous.map((b) => ({ valeur: tauxADate(b.realise, b.objectif, date), soi: b.siren === siren })))
	};
}

/** Null when `siren` is not a bailleur of the extracts. `date`: a month end with data. */
export async function loadBailleurFiche(runner: QueryRunner, siren: string, date: string): Promise<BailleurFiche | null> {
	const [bailleur] = await runner.run(bailleurIdentite(siren));
	if (!bailleur) return null;
	const [publics, horsQpv, projets] = await Promise.all([
		Promise.all(INDICATEURS.map((i) => loadPublic(runner, i, siren, date))),
		loadHorsQpvBailleur(runner, siren, date),
		runner.run(fnavdlProjets('32', siren))
	]);
	return { date, bailleur, publics, horsQpv, projets };
}

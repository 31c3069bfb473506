/**
 * Everything the territory sheets need at a date, for every department and EPCI at once:
 * the same few regional queries serve the 97 sheets (computed once per build, cached by the
 * caller) and, in the browser, the sheet's date changes. Runs on both engines.
 */
import type { QueryRunner } from '../queries/query';
import { INDICATEURS, type Indicateur } from '../contract/inputs';
import { objectifsRealisation, type ObjectifRealisationRow } from '../queries/objectifs-realisation';
import { epciRealisation, type EpciRealisationRow } from '../queries/epci-realisation';
import { territoireMensuel, type TerritoireMensuelRow } from '../queries/territoire-mensuel';
import { territoireBailleurs, type TerritoireBailleurRow } from '../queries/territoire-bailleurs';
import { reformeAvancement, type ReformeAvancementRow } from '../queries/reforme-avancement';
import { reformeQuartiles, type ReformeQuartilesRow } from '../queries/reforme-quartiles';
import { fnavdlCouverture, type FnavdlCouvertureRow } from '../queries/fnavdl-couverture';
import { fnavdlEpci, type FnavdlEpciRow } from '../queries/fnavdl-epci';

/** One public's commission rows: region and departments, and the 92 EPCI. */
export interface PublicRegion {
	departements: ObjectifRealisationRow[];
	epci: EpciRealisationRow[];
}

export interface TerritoiresRegion {
	/** Month end, `YYYY-MM-DD`. */
	date: string;
	publics: Record<Indicateur, PublicRegion>;
	/** Monthly attributions of the date's year and the previous one, by department and EPCI. */
	mensuel: TerritoireMensuelRow[];
	bailleurs: TerritoireBailleurRow[];
	reforme: { avancement: ReformeAvancementRow[]; quartiles: ReformeQuartilesRow[] };
	/** The previous year's FNAVDL call against the priority stock on 1 January of the date's year (as the deck). */
	fnavdl: { annee: number; dateStock: string; departements: FnavdlCouvertureRow[]; epci: FnavdlEpciRow[] };
}

/** @param date month end `YYYY-MM-DD`, already validated against the available dates. */
export async function loadTerritoiresRegion(runner: QueryRunner, date: string): Promise<TerritoiresRegion> {
	const annee = Number(date.slice(0, 4));
	const dateStock = `${annee}-01-01`;
	// Distinct query names only: the browser client drops a pending call superseded by one of the same name.
	const [parPublic, mensuel, bailleurs, avancement, quartiles, fnavdlDeps, fnavdlEpciRows] = await Promise.all([
		Promise.all(INDICATEURS.map((i) => Promise.all([runner.run(objectifsRealisation(i, date)), runner.run(epciRealisation(i, date))]))),
		runner.run(territoireMensuel(annee)),
		runner.run(territoireBailleurs(date)),
		runner.run(reformeAvancement(date)),
		runner.run(reformeQuartiles(date)),
		runner.run(fnavdlCouverture(annee - 1, dateStock)),
		runner.run(fnavdlEpci(annee - 1, dateStock))
	]);
	const publics = Object.fromEntries(INDICATEURS.map((i, k) => [i, { departements: parPublic[k][0], epci: parPublic[k][1] }])) as Record<Indicateur, PublicRegion>;
	return {
		date,
		publics,
		mensuel,
		bailleurs,
		reforme: { avancement, quartiles },
		fnavdl: { annee: annee - 1, dateStock, departements: fnavdlDeps, epci: fnavdlEpciRows }
	};
}

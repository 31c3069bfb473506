/**
 * The data of the FNAVDL page for a view (date, territoire, bailleur): envelopes of the
 * call's year and the next, the call by department, households and coverage of the priority
 * stock, and the projects seen from the territory or the bailleur. Runs on both engines.
 */
import type { QueryRunner } from '../queries/query';
import { fnavdlCouverture } from '../queries/fnavdl-couverture';
import { fnavdlDepartements, type FnavdlDepartementRow } from '../queries/fnavdl-departements';
import { fnavdlEnveloppes, type FnavdlEnveloppeRow } from '../queries/fnavdl-enveloppes';
import { fnavdlEpci, type FnavdlEpciRow } from '../queries/fnavdl-epci';
import { fnavdlProjets, type FnavdlProjetRow } from '../queries/fnavdl-projets';

export interface FnavdlDepartement extends FnavdlDepartementRow {
	/** Priority households waiting on `dateStock`; null when not observed. */
	stock_prioritaires: number | null;
}

export interface FnavdlData {
	/** Month end of the view, `YYYY-MM-DD`. */
	date: string;
	/** Year of the call for projects shown: the year before the view's date (as the deck). */
	annee: number;
	/** Date of the priority stock the households are compared with: 1 January after the call. */
	dateStock: string;
	/** Envelopes of `annee` and `annee + 1`, departments then the region. */
	enveloppes: { annee: number; rows: FnavdlEnveloppeRow[] }[];
	/** Departments then the region. */
	departements: FnavdlDepartement[];
	/** EPCI where retained projects of `annee` are localised, with their coverage. */
	epci: FnavdlEpciRow[];
	/** Retained projects of the territory and bailleur of the view. */
	projets: FnavdlProjetRow[];
}

export interface FnavdlParams {
	date: string;
	territoire: string;
	bailleur: string;
}

export async function loadFnavdl(runner: QueryRunner, { date, territoire, bailleur }: FnavdlParams): Promise<FnavdlData> {
	const year = Number(date.slice(0, 4));
	const annee = year - 1;
	const dateStock = `${year}-01-01`;
	// One query per name at a time: the browser client drops a pending call of the same name.
	const [enveloppes, departements, couverture, epci, projets] = await Promise.all([
		runner.run(fnavdlEnveloppes(annee, annee + 1)),
		runner.run(fnavdlDepartements(annee)),
		runner.run(fnavdlCouverture(annee, dateStock)),
		runner.run(fnavdlEpci(annee, dateStock)),
		runner.run(fnavdlProjets(territoire || '32', bailleur))
	]);
	const stock = new Map(couverture.map((r) => [r.code, r.stock_prioritaires]));
	return {
		date,
		annee,
		dateStock,
		enveloppes: [
			{ annee, rows: enveloppes.filter((r) => r.annee === annee) },
			{ annee: annee + 1, rows: enveloppes.filter((r) => r.annee === annee + 1) }
		],
		departements: departements.map((r) => ({ ...r, stock_prioritaires: stock.get(r.code) ?? null })),
		epci,
		projets
	};
}

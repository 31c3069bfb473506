/**
 * The answers a shared link most often needs, computed at build time by the build engine and
 * published as `/requetes/<key>.json`: the browser shows such a view without waiting for
 * DuckDB-wasm (≈ 1,5 s to start on a modest workstation), then computes every other view itself.
 * What is prebuilt: every month of the data, for the region and each department, all bailleurs
 * (a DDETS's link), and every bailleur's and territory's sheet. Each view runs its own loader: the
 * queries recorded are exactly those the page asks in the browser (same SQL, same values).
 */
import { datesDisponibles } from '../queries/dates';
import { bailleursListe } from '../queries/bailleur-identite';
import { departementsNoms } from '../queries/bailleur-repartition';
import { prebuiltKey } from '../queries/prebuilt-key';
import type { Query, QueryRunner } from '../queries/query';
import { CODE_REGION } from '../config';
import { loadSynthese } from '../views/synthese';
import { loadPrioritaires } from '../views/prioritaires';
import { loadLogementDAbord } from '../views/logement-d-abord';
import { loadFnavdl } from '../views/fnavdl';
import { loadReforme } from '../views/reforme';
import { loadCommission } from '../views/commission';
import { loadTerritoiresRegion } from '../views/territoire-fiche-region';
import { loadBailleurFiche } from '../views/bailleur-fiche';

/** Answers by key, each computed once however many views ask it. */
export type PrebuiltAnswers = Map<string, unknown[]>;

/** A runner that keeps every answer it gives (and gives a repeated query's from memory). */
function recording(engine: QueryRunner, answers: PrebuiltAnswers): QueryRunner {
	const pending = new Map<string, Promise<unknown[]>>();
	return {
		run<Row>(query: Query<Row>): Promise<Row[]> {
			const key = prebuiltKey(query);
			let answer = pending.get(key);
			if (!answer) {
				answer = engine.run(query).then((rows) => (answers.set(key, rows), rows));
				pending.set(key, answer);
			}
			return answer.then((rows) => rows.slice() as Row[]);
		}
	};
}

/** Runs the plan above on `engine`; a few thousand small answers. */
export async function computePrebuilt(engine: QueryRunner): Promise<PrebuiltAnswers> {
	const answers: PrebuiltAnswers = new Map();
	const runner = recording(engine, answers);
	const dates = (await engine.run(datesDisponibles())).map((d) => d.date);
	const territoires = [CODE_REGION, ...(await engine.run(departementsNoms())).map((d) => d.code)];
	const sirens = (await engine.run(bailleursListe())).map((b) => b.siren);
	for (const date of dates) {
		await Promise.all([
			loadSynthese(runner, date),
			loadReforme(runner, date),
			loadTerritoiresRegion(runner, date),
			...territoires.flatMap((territoire) => [
				loadPrioritaires(runner, date, territoire),
				loadLogementDAbord(runner, date, territoire),
				loadFnavdl(runner, { date, territoire, bailleur: '' }),
				loadCommission(runner, { date, territoire }, { available: dates })
			]),
			...sirens.map((siren) => loadBailleurFiche(runner, siren, date))
		]);
	}
	return answers;
}

let shared: Promise<PrebuiltAnswers> | undefined;

/** The answers of this build (computed on first use, once per process), none in a diffusion build. */
export function prebuiltAnswers(engine: () => Promise<QueryRunner>, diffusion: boolean): Promise<PrebuiltAnswers> {
	// A diffusion build publishes no count it has not masked: no raw answers either.
	if (diffusion) return Promise.resolve(new Map());
	shared ??= engine().then(computePrebuilt);
	return shared;
}

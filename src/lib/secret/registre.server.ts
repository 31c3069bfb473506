/**
 * The figures masked across the whole diffusion build, computed once: the default views of the
 * site's pages diffused together, so that a figure masked on one page (by its own rule or as a
 * complement) is masked on every other page showing it, whichever page is rendered first.
 */
import { getBuildEngine } from '../server/engine';
import { loadSynthese } from '../views/synthese';
import { loadPrioritaires } from '../views/prioritaires';
import { loadLogementDAbord } from '../views/logement-d-abord';
import { loadFnavdl } from '../views/fnavdl';
import { loadReforme } from '../views/reforme';
import { loadTerritoiresRegion } from '../views/territoire-fiche-region';
import { diffuser } from './diffuse';

let registre: Promise<ReadonlySet<string>> | undefined;

/** `entity=value` of every figure masked in the default views at `date` (month end), at `seuil`. */
export function registreSecret(date: string, seuil: number): Promise<ReadonlySet<string>> {
	return (registre ??= (async () => {
		const engine = await getBuildEngine();
		const [synthese, prioritaires, logement, fnavdl, reforme, territoires] = await Promise.all([
			loadSynthese(engine, date),
			loadPrioritaires(engine, date),
			loadLogementDAbord(engine, date),
			loadFnavdl(engine, { date, territoire: '32', bailleur: '' }),
			loadReforme(engine, date),
			loadTerritoiresRegion(engine, date)
		]);
		return diffuser({ synthese, prioritaires, logement, fnavdl, reforme, territoires }, seuil).masques;
	})());
}

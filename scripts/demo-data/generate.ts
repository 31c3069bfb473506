/**
 * generateDemoData: builds every raw input file of the contract for Hauts-de-France,
 * January 2021 – December 2022, deterministically from a seed, checks the calibration
 * figures of the June 2022 commission, and returns the files' texts (nothing is written).
 */
import { loadCog } from '../lib/cog.ts';
import { attributionRows, buildGrid } from './attributions.ts';
import { BAILLEURS } from './bailleurs.ts';
import { checkCalibration } from './check.ts';
import { toCsv } from './csv.ts';
import { buildProjets, ENVELOPPES } from './fnavdl.ts';
import { buildObjectifs } from './objectifs.ts';
import { createRandom } from './random.ts';
import { buildReforme } from './reforme.ts';
import { buildStocks } from './stocks.ts';
import { buildTerritory } from './territory.ts';

export const DEFAULT_SEED = 'pdalhpd-hauts-de-france-commission-2022-06-16';

export interface GenerateOptions {
	/** Seed of the pseudo-random generator; the calibration check holds for the default one. */
	seed?: string;
}

/** File name → UTF-8 text, in writing order. */
export type DemoFiles = Map<string, string>;

const SOURCE = 'Données de démonstration générées (npm run demo-data), calées sur la commission PDALHPD du 16 juin 2022 (Hauts-de-France)';
const SOURCES: Record<string, string> = {
	bailleurs: `${SOURCE} ; noms de bailleurs réels, SIREN fictifs`,
	attributions: SOURCE,
	objectifs: SOURCE,
	stocks: SOURCE,
	fnavdl_enveloppes: 'Commission PDALHPD du 16 juin 2022 : enveloppes FNAVDL 2021 (appel à projets régional) et 2022 par département',
	fnavdl_projets: `${SOURCE} ; projets nommés d'après les documents de la commission et des appels à projets`,
	reforme: SOURCE
};

export async function generateDemoData(options: GenerateOptions = {}): Promise<DemoFiles> {
	const cog = loadCog();
	const random = createRandom(options.seed ?? DEFAULT_SEED);
	const territory = buildTerritory(cog, random.fork('territoire'));
	const grid = buildGrid(territory, random.fork('attributions'));
	const attributions = attributionRows(grid, territory);
	const files: DemoFiles = new Map();
	files.set('bailleurs.csv', toCsv('bailleurs', BAILLEURS.map((b) => ({ siren: b.siren, nom: b.nom, nom_court: b.nomCourt, type: b.type }))));
	files.set('attributions.csv', toCsv('attributions', attributions));
	files.set('objectifs.csv', toCsv('objectifs', buildObjectifs(attributions, random.fork('objectifs'))));
	files.set('stocks.csv', toCsv('stocks', buildStocks(territory.epcis, random.fork('stocks'))));
	files.set('fnavdl_enveloppes.csv', toCsv('fnavdl_enveloppes', ENVELOPPES));
	files.set('fnavdl_projets.csv', toCsv('fnavdl_projets', buildProjets(territory, (code) => cog.communes.get(code)!.nom, random.fork('fnavdl'))));
	files.set('reforme.csv', toCsv('reforme', buildReforme(territory.epcis, random.fork('reforme'))));
	files.set('sources.json', JSON.stringify({ demonstration: true, sources: SOURCES }, null, 2) + '\n');
	checkCalibration(files, cog);
	return files;
}

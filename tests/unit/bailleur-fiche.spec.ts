/**
 * Bailleur sheets on the demonstration extracts: the bailleurs' attributions add up to the
 * deck's regional figures, a missing objective stays missing, the band and rank of a known
 * bailleur, the deck's band counts, and no sheet names another bailleur.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { needlesFor, scanText } from '../../scripts/scope/scan';
import { bailleursListe, type BailleurIdentiteRow } from '../../src/lib/queries/bailleur-identite';
import { objectifsRealisation } from '../../src/lib/queries';
import { loadBailleurFiche, type BailleurFiche } from '../../src/lib/views/bailleur-fiche';
import { memoRunner } from '../../src/lib/views/bailleur-memo-runner';
import type { QueryRunner } from '../../src/lib/queries/query';
import { tauxADate } from '../../src/lib/indicators/rates';
import { bandeDe } from '../../src/lib/indicators/bands';

const AMIENS_HABITAT = '617671607';
const CLESENCE = '836404210';

let db: NativeDb;
let bailleurs: BailleurIdentiteRow[];
/** As at build time: the all-bailleur queries run once for the 31 sheets. */
let runner: QueryRunner;
const fiches = new Map<string, BailleurFiche[]>();

/** Every bailleur's sheet at `date`, loaded once. */
async function allSheets(date: string): Promise<BailleurFiche[]> {
	if (!fiches.has(date)) fiches.set(date, await Promise.all(bailleurs.map(async (b) => (await loadBailleurFiche(runner, b.siren, date))!)));
	return fiches.get(date)!;
}
const publicOf = (fiche: BailleurFiche, indicateur: string) => fiche.publics.find((p) => p.indicateur === indicateur)!;

beforeAll(async () => {
	db = await openExtracts('data/extracts');
	runner = memoRunner(async () => db);
	bailleurs = await db.run(bailleursListe());
});
afterAll(() => db?.close());

describe('the bailleurs add up to the region', () => {
	it.each([
		['prioritaires', '2022-05-31', 3859],
		['sortants_hebergement', '2022-04-30', 559],
		['sans_abri', '2022-04-30', 334]
	])('%s at %s: the 31 sheets sum to %i, the regional figure', async (indicateur, date, expected) => {
		const sheets = await allSheets(date);
		expect(sheets).toHaveLength(31);
		const sum = sheets.reduce((s, f) => s + publicOf(f, indicateur).total.realise, 0);
		const bySheetDepartments = sheets.reduce((s, f) => s + publicOf(f, indicateur).departements.reduce((t, d) => t + d.realise, 0), 0);
		const region = (await db.run(objectifsRealisation(indicateur as 'prioritaires', date))).find((r) => r.niveau === 'region')!;
		expect(sum).toBe(expected);
		expect(bySheetDepartments).toBe(expected);
		expect(region.realise).toBe(expected);
	});
});

describe('a bailleur sheet', () => {
	it('gives Amiens Habitat its rate, band and rank for the sortants at 30 April 2022', async () => {
		const fiche = (await loadBailleurFiche(runner, AMIENS_HABITAT, '2022-04-30'))!;
		expect(fiche.bailleur).toEqual({ siren: AMIENS_HABITAT, nom: 'Amiens Habitat', nom_court: 'Amiens Habitat', type: 'OPH' });
		const sortants = publicOf(fiche, 'sortants_hebergement');
		expect([sortants.total.objectif, sortants.total.realise]).toEqual([60, 30]);
		expect(sortants.departements.map((d) => d.code)).toEqual(['80']);
		const taux = tauxADate(sortants.total.realise, sortants.total.objectif, '2022-04-30');
		expect(taux).toBeCloseTo(1.5, 10);
		expect(bandeDe(taux)?.id).toBe('plus-100');
		expect([sortants.pairs.rang, sortants.pairs.points.length, sortants.pairs.total]).toEqual([3, 31, 31]);
		expect(sortants.trajectoire.points[3]).toMatchObject({ mois: 4, cumul: 30, objectifProrata: 20 });
	});

	it('counts the bailleurs by band as the deck does (sortants, 30 April 2022: 6, 6, 6, 13)', async () => {
		const fiche = (await loadBailleurFiche(runner, AMIENS_HABITAT, '2022-04-30'))!;
		expect(publicOf(fiche, 'sortants_hebergement').pairs.bandes.map((b) => b.count)).toEqual([6, 6, 6, 13]);
	});

	it('keeps a missing objective missing: Clésence, Oise « en cours de finalisation », no regional rate', async () => {
		const prioritaires = publicOf((await loadBailleurFiche(runner, CLESENCE, '2022-05-31'))!, 'prioritaires');
		expect(prioritaires.total.objectif).toBeNull();
		expect(prioritaires.total.statut_objectif).toBe('en cours de finalisation');
		expect(prioritaires.trajectoire.objectif).toBeNull();
		const oise = prioritaires.departements.find((d) => d.code === '60')!;
		expect([oise.objectif, oise.statut_objectif]).toEqual([null, 'en cours de finalisation']);
		expect(prioritaires.departements.filter((d) => d.objectif != null).map((d) => d.code)).toEqual(['02', '80']);
		expect(prioritaires.pairs.rang).toBeNull();
	});

	it('recomputes the regional total as the objectifs-realisation query does for one bailleur (prioritaires, 31 May 2022)', async () => {
		// Three with Oise « en cours de finalisation » (Clésence, CDC Habitat, Oise Habitat), three with every objective fixed.
		const sample = [CLESENCE, '875284531', '440795177', AMIENS_HABITAT, '484183363', '631429180'];
		const sheets = (await allSheets('2022-05-31')).filter((f) => sample.includes(f.bailleur.siren));
		expect(sheets).toHaveLength(sample.length);
		for (const fiche of sheets) {
			const region = (await db.run(objectifsRealisation('prioritaires', '2022-05-31', fiche.bailleur.siren))).find((r) => r.niveau === 'region')!;
			const { objectif, statut_objectif, realise, attributions } = publicOf(fiche, 'prioritaires').total;
			expect({ objectif, statut_objectif: objectif == null ? statut_objectif : 'fixe', realise, attributions }, fiche.bailleur.siren).toEqual({
				objectif: region.objectif,
				statut_objectif: region.objectif == null ? (publicOf(fiche, 'prioritaires').departements.some((d) => d.statut_objectif) ? 'en cours de finalisation' : null) : 'fixe',
				realise: region.realise,
				attributions: region.attributions
			});
		}
	});

	it('returns null for a SIREN that is not a bailleur', async () => {
		expect(await loadBailleurFiche(runner, '999999999', '2022-05-31')).toBeNull();
	});
});

describe('peers stay anonymous', () => {
	it("no sheet holds another bailleur's name or SIREN", async () => {
		const sheets = await allSheets('2022-04-30');
		const leaks = sheets.flatMap((f) => scanText(JSON.stringify(f), needlesFor(bailleurs, f.bailleur.siren)).map((hit) => `${f.bailleur.siren}: ${hit.match}`));
		expect(leaks).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { suppress, isPrimarySecret } from '../../src/lib/secret/suppression';
import { cumulsSecrets } from '../../src/lib/secret/cumul';
import { diffuse } from '../../src/lib/secret/diffuse';
import { seuilSecret, isMasque } from '../../src/lib/secret/masque';
import { tauxADate, part } from '../../src/lib/indicators/rates';

const cells = (entries: Record<string, number | null>) => new Map(Object.entries(entries));
const sorted = (set: Set<string>) => [...set].sort();

describe('primary suppression', () => {
	it('masks 1 to 10 households at the default threshold, never 0 nor 11', () => {
		expect([0, 1, 10, 11, 250].map((v) => isPrimarySecret(v, 11))).toEqual([false, true, true, false, false]);
		expect(isPrimarySecret(null, 11)).toBe(false);
	});

	it('reads the threshold from PDALHPD_SEUIL_SECRET, 11 by default, and refuses nonsense in French', () => {
		expect(seuilSecret({})).toBe(11);
		expect(seuilSecret({ PDALHPD_SEUIL_SECRET: '5' })).toBe(5);
		expect(() => seuilSecret({ PDALHPD_SEUIL_SECRET: 'onze' })).toThrow('PDALHPD_SEUIL_SECRET attend un entier ≥ 1 : « onze ».');
	});
});

describe('secondary suppression', () => {
	it('masks the next-smallest part of a sum whose total is published', () => {
		// region 120 = 4 + 30 + 15 + 71: 4 is masked, 15 goes with it (4 + 15 = 19 ≥ 11).
		const values = cells({ R: 120, A: 4, B: 30, C: 15, D: 71 });
		expect(sorted(suppress(values, [{ total: 'R', parts: ['A', 'B', 'C', 'D'] }], 11))).toEqual(['A', 'C']);
	});

	it('goes on while the masked parts add up to fewer than the threshold', () => {
		// 3 + 4 = 7 would be known from 200 − 193: 20 is masked too.
		const values = cells({ R: 200, A: 3, B: 4, C: 20, D: 173 });
		expect(sorted(suppress(values, [{ total: 'R', parts: ['A', 'B', 'C', 'D'] }], 11))).toEqual(['A', 'B', 'C']);
	});

	it('masks the total when no other part can hide the masked one, then protects the level above', () => {
		// Department X = its single EPCI x (8): both masked; the region then needs a second masked department (Y, 40),
		// and Y = y1 + y2 one masked EPCI (y2, the smaller).
		const values = cells({ R: 108, X: 8, Y: 40, Z: 60, x: 8, y1: 25, y2: 15, z: 60 });
		const groups = [
			{ total: 'R', parts: ['X', 'Y', 'Z'] },
			{ total: 'X', parts: ['x'] },
			{ total: 'Y', parts: ['y1', 'y2'] },
			{ total: 'Z', parts: ['z'] }
		];
		const masked = suppress(values, groups, 11);
		expect(sorted(masked)).toEqual(['X', 'Y', 'x', 'y2']);
		// Every sum has 0 or at least 2 masked members.
		for (const g of groups) expect([g.total, ...g.parts].filter((k) => masked.has(k)).length).not.toBe(1);
	});

	it('prefers a non-zero part, keeps zeros and large sums untouched, ignores unknown cells', () => {
		const values = cells({ R: 50, A: 0, B: 6, C: 44, S: null, s1: 3 });
		expect(sorted(suppress(values, [{ total: 'R', parts: ['A', 'B', 'C'] }, { total: 'S', parts: ['s1'] }], 11))).toEqual(['B', 'C', 's1']);
		expect(suppress(cells({ R: 80, A: 0, B: 80 }), [{ total: 'R', parts: ['A', 'B'] }], 11).size).toBe(0);
	});
});

describe('cumulated series', () => {
	it('hides the points that reveal a small monthly count, keeps the year total', () => {
		// Monthly 12, 3, 20, 0, 15 → cumulated 12, 15, 35, 35, 50; null after the date.
		const masked = cumulsSecrets([12, 15, 35, 35, 50, null], 11);
		// From the year total backwards: 50, 35 (15 less), 35 (0 less), 15 (20 less) kept; 12 would give February's 3.
		expect([...masked].sort()).toEqual([0]);
		expect([...cumulsSecrets([4, 9, 30], 11)].sort()).toEqual([0, 1]);
	});
});

describe('diffuse(view data)', () => {
	const departement = (code: string, realise: number, stock: number | null) => ({ niveau: 'departement', code, nom: code, objectif: 100, realise, attributions: realise * 3, stock });
	const epci = (code: string, dep: string, realise: number) => ({ niveau: 'epci', code, nom: code, code_departement: dep, objectif: null, realise, attributions: realise * 3, stock: null });
	const data = {
		date: '2022-05-31',
		departements: [{ niveau: 'region', code: '32', nom: 'Hauts-de-France', objectif: 300, realise: 120, attributions: 360, stock: 900 }, departement('02', 60, 400), departement('59', 60, 500)],
		epci: [epci('200000001', '02', 7), epci('200000002', '02', 20), epci('200000003', '02', 33), epci('200000004', '59', 60)],
		trajectoire: { annee: 2022, moisFin: 5, objectif: 300, points: [1, 2, 3, 4, 5].map((mois) => ({ mois, cumul: [30, 33, 70, 90, 120][mois - 1], cumulPrecedent: 5 * mois, objectifProrata: 25 * mois })) },
		reforme: [{ etape: 'cil', count: 3, share: 0.4 }]
	};
	const out = diffuse(data, 11);

	it('masks small EPCI counts and their complement, and leaves the input untouched', () => {
		expect(out.epci.map((e) => e.realise)).toEqual([NaN, NaN, 33, 60]);
		expect(data.epci[0].realise).toBe(7);
		// Attributions (×3) are all ≥ 11: published.
		expect(out.epci.map((e) => e.attributions)).toEqual([21, 60, 99, 180]);
		expect(out.departements.map((d) => d.realise)).toEqual([120, 60, 60]);
	});

	it('gives masked counts rates that are masked too, never 0', () => {
		const masked = out.epci[0];
		expect(isMasque(masked.realise)).toBe(true);
		expect(isMasque(tauxADate(masked.realise, 50, '2022-05-31'))).toBe(true);
		expect(isMasque(part(masked.realise, masked.attributions))).toBe(true);
		expect(JSON.stringify(masked.realise)).toBe('null');
	});

	it('masks the trajectory points that would give a small month, and the small previous-year series', () => {
		expect(out.trajectoire.points.map((p) => p.cumul)).toEqual([NaN, 33, 70, 90, 120]);
		expect(out.trajectoire.points.map((p) => p.cumulPrecedent)).toEqual([NaN, NaN, NaN, NaN, 25]);
		expect(out.trajectoire.points.map((p) => p.objectifProrata)).toEqual([25, 50, 75, 100, 125]);
	});

	it('masks the same figure of the same EPCI in every table of the page, and the trajectory ending on it', () => {
		// Terre de Picardie's 20 is masked as the complement of the 7 in the EPCI table: its 20 in another table must go too.
		const page = {
			...data,
			partEpci: { courante: [{ siren: '200000002', nom: 'CC B', code_departement: '02', attributions: 60, prioritaires: 20 }] },
			trajectoire: { ...data.trajectoire, points: [{ mois: 1, cumul: 20, cumulPrecedent: 40, objectifProrata: 25 }] }
		};
		const diffused = diffuse(page, 11);
		expect(diffused.epci[1].realise).toBeNaN();
		expect(diffused.partEpci.courante[0]).toMatchObject({ attributions: 60, prioritaires: NaN });
		expect(diffused.trajectoire.points[0]).toMatchObject({ cumul: NaN, cumulPrecedent: 40 });
	});

	it('masks a figure masked on another page of the build (registre), with its complements', () => {
		const withRegistre = diffuse(data, 11, new Set(['200000003=33']));
		// 7 (primary) and 33 (registre) now hide each other: 20 is published.
		expect(withRegistre.epci.map((e) => e.realise)).toEqual([NaN, 20, NaN, 60]);
		expect(withRegistre.departements.map((d) => d.realise)).toEqual([120, 60, 60]);
	});

	it('leaves counts of EPCI or bailleurs (not households) alone', () => {
		expect(out.reforme).toEqual(data.reforme);
	});
});

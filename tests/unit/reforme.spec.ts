/**
 * The attribution reform figures of the June 2022 deck (section 3), recomputed by the
 * reform queries and view on the demonstration extracts with native DuckDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { loadReforme, type ReformeData } from '../../src/lib/views/reforme';
import {
	atteint,
	cibleHorsQpv,
	compterEtapes,
	cumulParAnnee,
	partHorsQpvQ1,
	partQpvQ2Q4,
	partQpvQ4,
	petitEffectif
} from '../../src/lib/views/reforme-indicateurs';
import { formatPercent, normalizeSpaces } from '../../src/lib/format';

const pct = (ratio: number | null) => normalizeSpaces(formatPercent(ratio));
const DUNKERQUE = '245900428';

let db: NativeDb;
let data: ReformeData;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
	data = await loadReforme(db, '2022-04-30');
});
afterAll(() => db?.close());

describe('progress of the reform at 30 April 2022', () => {
	it('counts 40 EPCI: 30 (75 %), 27 (68 %), 20 (50 %), 19 (48 %)', () => {
		expect(data.avancement).toHaveLength(40);
		expect(compterEtapes(data.avancement).map((c) => `${c.count} (${pct(c.share)})`)).toEqual([
			'30 (75 %)',
			'27 (68 %)',
			'20 (50 %)',
			'19 (48 %)'
		]);
	});

	it('names the four EPCI with scoring active', () => {
		const noms = data.avancement.filter((r) => r.cotation_active).map((r) => r.nom);
		expect(noms.sort()).toEqual(['CA du Pays de Saint-Omer', 'CC Retz en Valois', 'CC des Sablons', 'CU de Dunkerque'].sort());
	});

	it('counts a step only when its date is on or before the date', async () => {
		const earlier = await loadReforme(db, '2021-12-31');
		expect(compterEtapes(earlier.avancement).map((c) => c.count)).toEqual([30, 25, 17, 16]);
		const cumul = cumulParAnnee(data.avancement, '2022-04-30');
		expect(cumul.at(-1)).toEqual({ annee: 2022, jusquau: '2022-04-30', counts: { premiere_cil: 30, orientations: 27, cia: 20, ppgdid: 19 } });
		expect(cumul.find((c) => c.annee === 2021)?.counts).toEqual({ premiere_cil: 30, orientations: 25, cia: 17, ppgdid: 16 });
		expect(cumul[0].annee).toBe(2016);
	});

	it("gives CU de Dunkerque's own dates", () => {
		const dunkerque = data.avancement.find((r) => r.siren === DUNKERQUE)!;
		expect(dunkerque).toMatchObject({
			nom: 'CU de Dunkerque',
			date_premiere_cil: '2016-03-24',
			date_orientations: '2016-10-30',
			date_cia: '2018-03-01',
			date_ppgdid: '2021-07-01',
			cotation_active: true,
			taux_cible_hors_qpv_q1: null
		});
	});
});

describe('outside QPV, 1st quartile and NPNRU rehousing', () => {
	const epci = () => data.territoires.filter((r) => r.niveau === 'epci');

	it('is 18 % in the region (perimeter EPCI), 14 % over 2021', () => {
		const region = data.territoires.find((r) => r.niveau === 'region')!;
		expect([region.hors_qpv_q1, region.hors_qpv]).toEqual([1486, 8257]);
		expect(pct(partHorsQpvQ1(region))).toBe('18 %');
		expect(pct(partHorsQpvQ1(region.precedent!))).toBe('14 %');
		expect(data.territoires.filter((r) => r.niveau === 'departement')).toHaveLength(5);
	});

	it('ranges from 7 % to 37 % over the 40 EPCI; 3 at or above target, 9 down on 2021', () => {
		const rows = epci();
		expect(rows).toHaveLength(40);
		const shares = rows.map((r) => partHorsQpvQ1(r)!);
		expect([pct(Math.min(...shares)), pct(Math.max(...shares))]).toEqual(['7 %', '37 %']);
		const atTarget = rows.filter((r) => atteint(partHorsQpvQ1(r), cibleHorsQpv(r.taux_cible_hors_qpv_q1)));
		expect(atTarget.map((r) => r.nom).sort()).toEqual(['CA de la Région de Château-Thierry', 'CC Retz en Valois', 'CC des Sablons']);
		expect(rows.filter((r) => partHorsQpvQ1(r)! < partHorsQpvQ1(r.precedent!)!)).toHaveLength(9);
	});

	it('flags the shares built on fewer than 20 attributions', () => {
		expect(epci().filter((r) => petitEffectif(r.hors_qpv)).map((r) => [r.nom, r.hors_qpv])).toEqual([
			['CC des Trois Rivières', 12],
			['CC du Sud Avesnois', 14]
		]);
	});

	it('ranges from 0 % to 33 % over the 31 bailleurs', () => {
		expect(data.bailleurs).toHaveLength(31);
		const shares = data.bailleurs.map((r) => partHorsQpvQ1(r)!);
		expect([pct(Math.min(...shares)), pct(Math.max(...shares))]).toEqual(['0 %', '33 %']);
	});

	it('gives CU de Dunkerque its own counts', () => {
		const dunkerque = epci().find((r) => r.code === DUNKERQUE)!;
		expect([dunkerque.hors_qpv_q1, dunkerque.hors_qpv, pct(partHorsQpvQ1(dunkerque))]).toEqual([69, 357, '19 %']);
		expect([dunkerque.qpv_q2_q4, dunkerque.qpv, pct(partQpvQ2Q4(dunkerque))]).toEqual([218, 275, '79 %']);
	});
});

describe('in QPV, quartiles 2 to 4', () => {
	it('is 75 % in the region (77 % in 2021), of which 4th quartile 23 %; every EPCI at 50 % or more', () => {
		const region = data.territoires.find((r) => r.niveau === 'region')!;
		expect([pct(partQpvQ2Q4(region)), pct(partQpvQ2Q4(region.precedent!)), pct(partQpvQ4(region))]).toEqual(['75 %', '77 %', '23 %']);
		const epci = data.territoires.filter((r) => r.niveau === 'epci');
		expect(epci.filter((r) => partQpvQ2Q4(r)! >= 0.5)).toHaveLength(40);
	});
});

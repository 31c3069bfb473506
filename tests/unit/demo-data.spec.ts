/**
 * The demonstration data: the committed files are exactly what the generator writes, they
 * respect the input contract, and they reproduce the figures of the PDALHPD commission of
 * 16 June 2022 (Hauts-de-France).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { INPUT_TABLES } from '../../src/lib/contract/inputs';
import { loadCog } from '../../scripts/lib/cog';
import { generateDemoData } from '../../scripts/demo-data/generate';
import { checkCalibration } from '../../scripts/demo-data/check';
import { readTables, type Row, type Tables } from '../../scripts/demo-data/tables';

const DIR = 'data/raw/demo';
const DEPS = ['02', '59', '60', '62', '80'];
const committed = new Map(readdirSync(DIR).sort().map((name) => [name, readFileSync(join(DIR, name), 'utf8')]));
const tables: Tables = readTables(committed);
const cog = loadCog();
const depOf = (r: Row) => cog.communes.get(r.code_commune)!.codeDepartement;
const epciOf = (r: Row) => cog.communes.get(r.code_commune)!.sirenEpci;
const inMonths = (from: string, to: string) => (r: Row) => r.mois >= from && r.mois <= to;

function sumBy(rows: readonly Row[], key: (r: Row) => string, measure: string, keep: (r: Row) => boolean = () => true): Map<string, number> {
	const out = new Map<string, number>();
	for (const r of rows) if (keep(r)) out.set(key(r), (out.get(key(r)) ?? 0) + Number(r[measure]));
	return out;
}
const byDep = (measure: string, from: string, to: string) => {
	const sums = sumBy(tables.attributions, depOf, measure, inMonths(from, to));
	return DEPS.map((d) => sums.get(d) ?? 0);
};
const ratio = (part: Map<string, number>, whole: Map<string, number>) => [...whole].filter(([, w]) => w > 0).map(([k, w]) => (100 * (part.get(k) ?? 0)) / w);
const total = (values: number[]) => values.reduce((s, v) => s + v, 0);

describe('demonstration data files', () => {
	let regenerated: Map<string, string>;
	beforeAll(async () => {
		regenerated = await generateDemoData();
	});

	it('are byte-identical to a fresh run of the generator', () => {
		expect([...regenerated.keys()].sort()).toEqual([...committed.keys()]);
		for (const [name, text] of regenerated) expect(committed.get(name), name).toBe(text);
	});

	it('follow the contract: headers, sub-counts, hors QPV + QPV = attributions, known codes', () => {
		for (const spec of INPUT_TABLES) {
			expect(committed.get(`${spec.name}.csv`)!.split('\n')[0]).toBe(spec.columns.map((c) => c.name).join(';'));
			for (const rule of spec.subCounts ?? []) {
				expect(tables[spec.name].filter((r) => Number(r[rule.part]) > Number(r[rule.whole])), `${spec.name} ${rule.part}`).toEqual([]);
			}
		}
		expect(tables.attributions.filter((r) => Number(r.hors_qpv) + Number(r.qpv) !== Number(r.attributions))).toEqual([]);
		expect(tables.attributions.filter((r) => !cog.communes.has(r.code_commune))).toEqual([]);
		expect(tables.bailleurs).toHaveLength(31);
		expect(tables.reforme).toHaveLength(92);
		expect(JSON.parse(committed.get('sources.json')!).demonstration).toBe(true);
		expect(committed.get('attributions.csv')!.length).toBeLessThan(3_000_000);
	});

	it('reproduce the three department tables of the deck', () => {
		expect(byDep('prioritaires', '2022-01', '2022-05')).toEqual([459, 1413, 348, 1152, 487]);
		expect(byDep('sortants_hebergement', '2022-01', '2022-04')).toEqual([25, 214, 63, 152, 105]);
		expect(byDep('sans_abri', '2022-01', '2022-04')).toEqual([14, 217, 27, 57, 19]);
		expect(byDep('attributions', '2022-01', '2022-04')).toEqual([1395, 6430, 1580, 4200, 1205]);
		expect(Math.round((100 * 3859) / total(byDep('attributions', '2022-01', '2022-05')))).toBe(21);
		expect(total(byDep('sortants_hebergement', '2021-01', '2021-04'))).toBe(650);
		expect(total(byDep('sans_abri', '2021-01', '2021-04'))).toBe(374);
		const objectif = (annee: string, indicateur: string) =>
			DEPS.map((d) => tables.objectifs.find((o) => o.annee === annee && o.indicateur === indicateur && o.code_territoire === d && o.siren_bailleur === '')!)
				.map((o) => (o.valeur === '' ? o.statut : Number(o.valeur)));
		expect(objectif('2022', 'prioritaires')).toEqual([1343, 4804, 'en cours de finalisation', 2993, 1034]);
		expect(objectif('2022', 'sortants_hebergement')).toEqual([130, 1020, 235, 502, 213]);
		expect(objectif('2022', 'sans_abri')).toEqual([30, 760, 93, 192, 75]);
		expect(total(objectif('2021', 'sortants_hebergement') as number[])).toBe(1927);
		expect(total(objectif('2021', 'sans_abri') as number[])).toBe(1045);
		expect(tables.objectifs.filter((o) => o.niveau === 'region')).toEqual([]);
		const stock = (date: string, pub: string) =>
			DEPS.map((d) => Number(tables.stocks.find((s) => s.date === date && s.niveau === 'departement' && s.code_territoire === d && s.public === pub)!.menages));
		expect(stock('2022-01-01', 'prioritaires')).toEqual([483, 3181, 1060, 2166, 933]);
		expect(stock('2022-05-31', 'prioritaires')).toEqual([554, 3649, 998, 2188, 1125]);
		expect(stock('2022-04-30', 'heberges')).toEqual([209, 2272, 627, 866, 740]);
		expect(stock('2022-04-30', 'sans_abri')).toEqual([101, 2854, 347, 754, 292]);
	});

	it('spread landlords 6 / 6 / 6 / 13 by sortants rate at date on 30 April 2022', () => {
		const done = sumBy(tables.attributions, (r) => r.siren_bailleur, 'sortants_hebergement', inMonths('2022-01', '2022-04'));
		const own = tables.objectifs.filter((o) => o.annee === '2022' && o.indicateur === 'sortants_hebergement' && o.siren_bailleur !== '');
		const objective = sumBy(own, (o) => o.siren_bailleur, 'valeur');
		const rates = tables.bailleurs.map((b) => (100 * (done.get(b.siren) ?? 0)) / ((objective.get(b.siren)! * 4) / 12));
		const band = (lo: number, hi: number) => rates.filter((r) => r >= lo && r < hi).length;
		expect([band(0, 50), band(50, 75), band(75, 100), band(100, Infinity)]).toEqual([6, 6, 6, 13]);
		expect(rates.filter((r) => [50, 75, 100].some((edge) => Math.abs(r - edge) < 1))).toEqual([]);
	});

	it('give EPCI shares of priority households from 7 % to 42 % in 2021', () => {
		const keep = inMonths('2021-01', '2021-12');
		const shares = ratio(sumBy(tables.attributions, epciOf, 'prioritaires', keep), sumBy(tables.attributions, epciOf, 'attributions', keep));
		expect(shares).toHaveLength(92);
		expect([Math.round(Math.min(...shares)), Math.round(Math.max(...shares))]).toEqual([7, 42]);
	});

	it('reproduce the attribution reform figures at the end of April 2022', () => {
		const perimetre = tables.reforme.filter((r) => r.perimetre === 'oui');
		const done = (column: string) => perimetre.filter((r) => r[column] !== '' && r[column] <= '2022-04-30').length;
		expect(perimetre).toHaveLength(40);
		expect([done('date_premiere_cil'), done('date_orientations'), done('date_cia'), done('date_ppgdid')]).toEqual([30, 27, 20, 19]);
		const cotation = tables.reforme.filter((r) => r.cotation_active === 'oui').map((r) => cog.epcis.find((e) => e.siren === r.siren_epci)!.nom);
		expect(cotation.sort()).toEqual(['CA du Pays de Saint-Omer', 'CC des Sablons', 'CC Retz en Valois', 'CU de Dunkerque'].sort());

		const inPerimetre = new Set(perimetre.map((r) => r.siren_epci));
		const jan22 = (r: Row) => inMonths('2022-01', '2022-04')(r) && inPerimetre.has(epciOf(r));
		const y21 = (r: Row) => inMonths('2021-01', '2021-12')(r) && inPerimetre.has(epciOf(r));
		const region = (part: string, whole: string, keep: (r: Row) => boolean) =>
			Math.round((100 * total([...sumBy(tables.attributions, () => '', part, keep).values()])) / total([...sumBy(tables.attributions, () => '', whole, keep).values()]));
		expect(region('hors_qpv_q1', 'hors_qpv', jan22)).toBe(18);
		expect([region('qpv_q2_q4', 'qpv', jan22), region('qpv_q2_q4', 'qpv', y21), region('qpv_q4', 'qpv', jan22)]).toEqual([75, 77, 23]);

		const q1 = (keep: (r: Row) => boolean) => new Map([...sumBy(tables.attributions, epciOf, 'hors_qpv', keep)].map(([k, w]) => [k, (100 * sumBy(tables.attributions, epciOf, 'hors_qpv_q1', keep).get(k)!) / w]));
		const q1In2022 = q1(jan22);
		const q1In2021 = q1(y21);
		const shares = [...q1In2022.values()];
		expect(shares).toHaveLength(40);
		expect([Math.round(Math.min(...shares)), Math.round(Math.max(...shares))]).toEqual([7, 37]);
		expect(shares.filter((s) => s >= 25)).toHaveLength(3);
		expect(shares.filter((s) => s >= 24 && s < 26)).toEqual([]);
		expect([...q1In2022].filter(([k, s]) => s < q1In2021.get(k)!)).toHaveLength(9);
		const q2q4 = (keep: (r: Row) => boolean) => ratio(sumBy(tables.attributions, epciOf, 'qpv_q2_q4', keep), sumBy(tables.attributions, epciOf, 'qpv', keep));
		expect(Math.min(...q2q4(jan22), ...q2q4(y21))).toBeGreaterThanOrEqual(50);
		const landlords = ratio(sumBy(tables.attributions, (r) => r.siren_bailleur, 'hors_qpv_q1', jan22), sumBy(tables.attributions, (r) => r.siren_bailleur, 'hors_qpv', jan22));
		expect([Math.round(Math.min(...landlords)), Math.round(Math.max(...landlords))]).toEqual([0, 33]);
	});

	it('reproduce the FNAVDL figures', () => {
		const p21 = tables.fnavdl_projets.filter((p) => p.annee === '2021');
		const retenus = p21.filter((p) => p.statut === 'retenu');
		expect([p21.length, retenus.length, retenus.filter((p) => p.type_porteur === 'partenariat').length]).toEqual([86, 46, 18]);
		const sum = (rows: Row[], column: string) => total(rows.map((r) => Number(r[column] || 0)));
		expect(sum(retenus, 'menages_acces') + sum(retenus, 'menages_maintien')).toBe(1725);
		expect(sum(retenus, 'menages_accompagnes')).toBe(1003);
		const nord = retenus.filter((p) => p.code_departement === '59');
		expect(((sum(nord, 'menages_acces') + sum(nord, 'menages_maintien')) / 3181) * 100).toBeCloseTo(30, 0);
		// Retained projects add up, to the cent, to the envelopes, which round to the deck's printed values.
		const cents = (amount: number) => Math.round(amount * 100) / 100;
		expect(DEPS.map((d) => cents(sum(retenus.filter((p) => p.code_departement === d), 'financement_eur')))).toEqual([164269.4, 1079862.4, 386632.2, 706021.9, 274969.9]);
		expect(sum(tables.fnavdl_projets.filter((p) => p.annee === '2022'), 'financement_eur')).toBe(643320);
		expect(tables.fnavdl_projets.find((p) => p.nom.startsWith('ASCI'))).toMatchObject({ menages_acces: '16', menages_maintien: '6', code_departement: '62' });
		expect(committed.get('fnavdl_enveloppes.csv')).toContain('2021;80;274969.9;102726.45;172243.45');
	});

	it('check fails, naming the figure, when a calibrated count is off', () => {
		const tampered = new Map(committed);
		tampered.set('objectifs.csv', committed.get('objectifs.csv')!.replace('2022;sans_abri;departement;02;;30;fixe', '2022;sans_abri;departement;02;;31;fixe'));
		expect(tampered.get('objectifs.csv')).not.toBe(committed.get('objectifs.csv'));
		expect(() => checkCalibration(tampered, cog)).toThrow(/objectifs 2022 sans-abri par département/);
	});
});

/**
 * The FNAVDL page's queries on the demonstration extracts (native DuckDB), against the
 * deck's tables (tests/fixtures/reference/fnavdl-*.csv, every cell) and figures.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { fnavdlEnveloppes, type FnavdlEnveloppeRow } from '../../src/lib/queries/fnavdl-enveloppes';
import { fnavdlEpci } from '../../src/lib/queries/fnavdl-epci';
import { fnavdlProjets, fnavdlTousProjets } from '../../src/lib/queries/fnavdl-projets';
import { loadFnavdl } from '../../src/lib/views/fnavdl';
import { part } from '../../src/lib/indicators/rates';
import { formatEuros, formatPercent, normalizeSpaces } from '../../src/lib/format';
import { aLaCentaine } from '../../src/routes/fnavdl/headline';

/** Copies of ../shared/reference (the deck's tables). */
const REFERENCE = 'tests/fixtures/reference';
const text = normalizeSpaces;
const euros = (v: number) => text(formatEuros(v));
const pct = (v: number | null, decimals = 0) => text(formatPercent(v, decimals));

/** Reference rows by department code (32 = total): cells as printed, « 164269 » → « 164 269 € ». */
function reference(file: string): Map<string, string[]> {
	const [, ...lines] = readFileSync(`${REFERENCE}/${file}`, 'utf8').trim().split('\n');
	return new Map(lines.map((l) => l.split(';')).map(([code, , ...cells]) => [code, cells.map((c) => (/^\d+$/.test(c) ? `${Number(c).toLocaleString('fr-FR').replace(/\s/g, ' ')} €` : c))]));
}

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
});
afterAll(() => db?.close());

describe('FNAVDL envelopes', () => {
	const byCode = (rows: FnavdlEnveloppeRow[]) => new Map(rows.map((r) => [r.code, r]));

	it('print every cell of the 2021 call table, totals 1 € above the printed lines (cents)', async () => {
		const rows = byCode(await db.run(fnavdlEnveloppes(2021)));
		const region = rows.get('32')!;
		for (const [code, cells] of reference('fnavdl-aap-2021-repartition.csv')) {
			const r = rows.get(code)!;
			expect([euros(r.enveloppe_eur), pct(part(r.enveloppe_eur, region.enveloppe_eur)), euros(r.associations_eur), euros(r.bailleurs_associations_eur), pct(part(r.bailleurs_associations_eur, r.enveloppe_eur))]).toEqual(cells);
		}
		expect(region.enveloppe_eur).toBeCloseTo(2_611_755.8, 2);
	});

	it('come for two years in one query, by year', async () => {
		const rows = await db.run(fnavdlEnveloppes(2021, 2022));
		expect(rows.map((r) => `${r.annee} ${r.code}`)).toEqual(['2021', '2022'].flatMap((a) => ['02', '59', '60', '62', '80', '32'].map((c) => `${a} ${c}`)));
	});

	it('print every cell of the 2022 table', async () => {
		const rows = byCode(await db.run(fnavdlEnveloppes(2022)));
		for (const [code, cells] of reference('fnavdl-2022-enveloppes.csv')) {
			const r = rows.get(code)!;
			expect([euros(r.bailleurs_associations_eur), euros(r.associations_eur), euros(r.enveloppe_eur)]).toEqual(cells);
		}
	});
});

describe('FNAVDL call, households and coverage (view at 31 December 2022)', () => {
	it('has 86 applications, 46 retained (53 %), 39 % by partnerships; 1 725 / 1 003 households (58 %)', async () => {
		const data = await loadFnavdl(db, { date: '2022-12-31', territoire: '32', bailleur: '' });
		expect([data.annee, data.dateStock]).toEqual([2021, '2022-01-01']);
		const region = data.departements.find((r) => r.niveau === 'region')!;
		expect([region.deposes, region.retenus, region.partenariats]).toEqual([86, 46, 18]);
		expect([pct(part(region.retenus, region.deposes)), pct(part(region.partenariats, region.retenus))]).toEqual(['53 %', '39 %']);
		expect([region.menages_acces + region.menages_maintien, region.menages_accompagnes]).toEqual([1725, 1003]);
		expect([region.menages_acces, region.menages_maintien]).toEqual([1004, 721]);
		expect(pct(part(region.menages_accompagnes, 1725))).toBe('58 %');
		expect([text(aLaCentaine(1725)), text(aLaCentaine(1003)), text(aLaCentaine(1000))]).toEqual(['près de 1 700', 'près de 1 000', '1 000']);
	});

	it('covers 22,1 % of the priority stock on 1 January 2022, 30,0 % in Nord, the highest', async () => {
		const data = await loadFnavdl(db, { date: '2022-12-31', territoire: '32', bailleur: '' });
		const couverture = (code: string) => {
			const r = data.departements.find((d) => d.code === code)!;
			return part(r.menages_acces + r.menages_maintien, r.stock_prioritaires);
		};
		expect([data.departements.find((d) => d.code === '32')!.stock_prioritaires, data.departements.find((d) => d.code === '59')!.stock_prioritaires]).toEqual([7823, 3181]);
		expect([pct(couverture('32'), 1), pct(couverture('59'), 1)]).toEqual(['22,1 %', '30,0 %']);
		expect(Math.max(...['02', '59', '60', '62', '80'].map((c) => couverture(c)!))).toBe(couverture('59'));
	});

	it('costs funding over households accompanied, by department', async () => {
		const data = await loadFnavdl(db, { date: '2022-12-31', territoire: '32', bailleur: '' });
		const nord = data.departements.find((d) => d.code === '59')!;
		expect([nord.financement_connu_eur, nord.accompagnes_connus]).toEqual([1_079_862.4, 550]);
		expect(euros(nord.financement_connu_eur / nord.accompagnes_connus)).toBe('1 963 €');
	});
});

describe('FNAVDL coverage by EPCI', () => {
	it('has the 25 EPCI where retained 2021 projects are localised, their households adding up', async () => {
		const rows = await db.run(fnavdlEpci(2021, '2022-01-01'));
		expect(rows).toHaveLength(25);
		const localised = (await db.run(fnavdlProjets('32', ''))).filter((p) => p.annee === 2021 && p.siren_epci);
		expect(rows.reduce((s, r) => s + r.projets, 0)).toBe(localised.length);
		expect(rows.reduce((s, r) => s + r.menages_a_accompagner, 0)).toBe(localised.reduce((s, p) => s + p.menages_acces! + p.menages_maintien!, 0));
		const laon = rows.find((r) => r.nom === 'CA du Pays de Laon')!;
		expect([laon.menages_a_accompagner, laon.stock_prioritaires, pct(part(laon.menages_a_accompagner, laon.stock_prioritaires), 1)]).toEqual([31, 40, '77,5 %']);
	});
});

describe('FNAVDL projects', () => {
	it('lists the 56 retained projects, ASCI by Sia Habitat with its 22 measures', async () => {
		const rows = await db.run(fnavdlProjets('32', ''));
		expect(rows).toHaveLength(56);
		const asci = rows.find((p) => p.nom.startsWith('ASCI'))!;
		expect(asci).toMatchObject({ porteur: 'SIA Habitat', bailleur: 'SIA Habitat', departement: 'Pas-de-Calais', menages_acces: 16, menages_maintien: 6 });
		expect(asci.public).toContain("22 mesures d'un an");
		const sipl = rows.find((p) => p.nom.startsWith('SIPL'))!;
		expect([sipl.menages_acces! + sipl.menages_maintien!, sipl.departement]).toEqual([32, 'Somme']);
	});

	it('shows a bailleur its own projects and a department its own', async () => {
		const sia = await db.run(fnavdlProjets('32', '409618659'));
		expect(sia.map((p) => p.nom)).toContain('ASCI – Accompagnement social et culturel individuel');
		expect(sia.every((p) => p.siren_bailleur === '409618659')).toBe(true);
		const pasDeCalais = await db.run(fnavdlProjets('62', ''));
		expect(pasDeCalais.length).toBeGreaterThan(0);
		expect(pasDeCalais.every((p) => p.code_departement === '62')).toBe(true);
	});

	it('has a sheet for each of the 96 projects, retained or only submitted', async () => {
		const rows = await db.run(fnavdlTousProjets());
		expect(rows).toHaveLength(96);
		expect(new Set(rows.map((r) => r.id)).size).toBe(96);
	});
});

/**
 * The June 2022 commission's tables, recomputed by the site's own queries on the
 * demonstration extracts, must equal the reference figures cell by cell after
 * French formatting (tests/fixtures/reference, transcribed from the deck).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { objectifsRealisation, type ObjectifRealisationRow } from '../../src/lib/queries';
import { evolution, part, tauxADate, tauxAnnuel } from '../../src/lib/indicators/rates';
import { formatPercent } from '../../src/lib/format';

type RefRow = Record<string, string>;

function readReference(file: string): RefRow[] {
	const [header, ...lines] = readFileSync(`tests/fixtures/reference/${file}`, 'utf8').trim().split('\n');
	const columns = header.split(';');
	return lines.map((line) => Object.fromEntries(line.split(';').map((cell, i) => [columns[i], cell])));
}

/** The deck prints `-6 %` and `15 %`: compare signs and spaces loosely, digits exactly. */
function plain(text: string): string {
	return text.replace(/[\u202f\u00a0]/g, ' ').replace('\u2212', '-').replace(/^\+/, '');
}
const pct = (ratio: number | null, decimals = 0) => (ratio == null ? '' : plain(formatPercent(ratio, decimals)));
const num = (cell: string) => (cell === '' ? null : Number(cell));

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
});
afterAll(() => db?.close());

async function rowsByCode(indicateur: 'prioritaires' | 'sortants_hebergement' | 'sans_abri', date: string) {
	const rows = await db.run(objectifsRealisation(indicateur, date));
	return new Map<string, ObjectifRealisationRow>(rows.map((r) => [r.code, r]));
}

describe('ménages prioritaires au 31 mai 2022', () => {
	it('reproduces every cell of the reference table', async () => {
		const rows = await rowsByCode('prioritaires', '2022-05-31');
		const reference = readReference('prioritaires-dalo-pdalhpd-2022-05-31.csv');
		expect(rows.size).toBe(6);
		for (const ref of reference) {
			const row = rows.get(ref.code_departement)!;
			expect(row, ref.departement).toBeDefined();
			expect(row.objectif, ref.departement).toBe(num(ref.objectif_2022));
			expect(row.objectif == null ? 'en cours de finalisation' : 'valide', ref.departement).toBe(ref.statut_objectif);
			expect(row.realise, ref.departement).toBe(Number(ref['attributions_cumulees_au_2022-05-31']));
			expect(pct(tauxADate(row.realise, row.objectif, '2022-05-31')), ref.departement).toBe(ref.taux_realisation_a_date_affiche);
			expect(row.stock, ref.departement).toBe(Number(ref['stock_au_2022-05-31']));
			expect(row.stock_debut_annee, ref.departement).toBe(Number(ref['stock_au_2022-01-01']));
			expect(pct(evolution(row.stock, row.stock_debut_annee)), ref.departement).toBe(ref.evolution_stock_affichee);
		}
	});

	it('finds priority households at 21 % of all attributions', async () => {
		const region = (await rowsByCode('prioritaires', '2022-05-31')).get('32')!;
		expect(pct(part(region.realise, region.attributions))).toBe('21 %');
	});
});

describe.each([
	['sortants_hebergement', 'sortants-hebergement-2022-04-30.csv', 'taux_realisation_affiche', 'menages_heberges_en_attente_au_2022-04-30'],
	['sans_abri', 'sans-abri-2022-04-30.csv', 'taux_realisation_a_date_affiche', 'menages_sans_abri_en_attente_au_2022-04-30']
] as const)('%s au 30 avril 2022', (indicateur, file, rateColumn, stockColumn) => {
	it('reproduces every cell of the reference table', async () => {
		const rows = await rowsByCode(indicateur, '2022-04-30');
		const reference = readReference(file);
		for (const ref of reference) {
			const row = rows.get(ref.code_departement)!;
			expect(row.objectif, ref.departement).toBe(Number(ref.objectif_2022));
			expect(row.realise, ref.departement).toBe(Number(ref['attributions_cumulees_au_2022-04-30']));
			// The deck prints the annual rate for sortants and the rate at date for sans-abri.
			const rate = indicateur === 'sortants_hebergement' ? tauxAnnuel(row.realise, row.objectif) : tauxADate(row.realise, row.objectif, '2022-04-30');
			expect(pct(rate), ref.departement).toBe(ref[rateColumn]);
			expect(pct(part(row.realise, row.attributions), 1), ref.departement).toBe(ref.poids_dans_attributions_totales_affiche);
			expect(row.stock, ref.departement).toBe(Number(ref[stockColumn]));
		}
	});
});

describe('comparaisons avec 2021', () => {
	it('finds 559 sortants vs 650 (−14 %) and 334 sans-abri vs 374 (−11 %) at end April', async () => {
		const [s22, s21, a22, a21] = await Promise.all([
			rowsByCode('sortants_hebergement', '2022-04-30'),
			rowsByCode('sortants_hebergement', '2021-04-30'),
			rowsByCode('sans_abri', '2022-04-30'),
			rowsByCode('sans_abri', '2021-04-30')
		]);
		expect([s22.get('32')!.realise, s21.get('32')!.realise]).toEqual([559, 650]);
		expect(pct(evolution(559, s21.get('32')!.realise))).toBe('-14 %');
		expect([a22.get('32')!.realise, a21.get('32')!.realise]).toEqual([334, 374]);
		expect(pct(evolution(334, a21.get('32')!.realise))).toBe('-11 %');
		expect(pct(evolution(s22.get('32')!.objectif, s21.get('32')!.objectif))).toBe('9 %');
		expect(pct(evolution(a22.get('32')!.objectif, a21.get('32')!.objectif))).toBe('10 %');
	});
});

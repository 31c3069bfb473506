/**
 * Territory sheets on the demonstration extracts (native DuckDB): each department's sheet
 * gives the deck's lines (31 May 2022 priority households, 30 April sortants and sans-abri),
 * the ranks among departments and EPCI, the EPCI of each department; and the header search.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { loadTerritoiresRegion, type TerritoiresRegion } from '../../src/lib/views/territoire-fiche-region';
import { ficheDuTerritoire, type TerritoireFiche } from '../../src/lib/views/territoire-fiche';
import { rangParmi, texteRang } from '../../src/lib/views/territoire-fiche-rangs';
import { territoireListe } from '../../src/lib/queries/territoire-liste';
import { filtrerTerritoires, lienFiche, normaliser, suitLeTerritoire } from '../../src/lib/components/selectors/territoire-recherche';
import { evolution, part, tauxADate, tauxAnnuel } from '../../src/lib/indicators/rates';
import { formatPercent, normalizeSpaces } from '../../src/lib/format';

const DEPARTEMENTS = ['02', '59', '60', '62', '80'];

/** A reference CSV of the deck (tests/fixtures/reference), rows by department code. */
function reference(file: string): Map<string, Record<string, string>> {
	const [header, ...lines] = readFileSync(`tests/fixtures/reference/${file}`, 'utf8').trim().split('\n');
	const columns = header.split(';');
	return new Map(lines.map((l) => l.split(';')).map((cells) => [cells[0], Object.fromEntries(cells.map((c, i) => [columns[i], c]))]));
}
const pct = (ratio: number | null, decimals = 0) => normalizeSpaces(formatPercent(ratio, decimals));
const fiche = (region: TerritoiresRegion, code: string): TerritoireFiche => {
	const f = ficheDuTerritoire(region, code);
	if (!f) throw new Error(`pas de fiche ${code}`);
	return f;
};

let db: NativeDb;
let mai: TerritoiresRegion;
let avril: TerritoiresRegion;
beforeAll(async () => {
	db = await openExtracts('data/extracts');
	[mai, avril] = [await loadTerritoiresRegion(db, '2022-05-31'), await loadTerritoiresRegion(db, '2022-04-30')];
});
afterAll(() => db?.close());

describe('fiche d’un département', () => {
	it('gives each department the deck’s line of priority households at 31 May 2022', () => {
		for (const [code, ref] of reference('prioritaires-dalo-pdalhpd-2022-05-31.csv')) {
			if (code === '32') continue;
			const p = fiche(mai, code).publics[0];
			expect([p.indicateur, p.objectif, p.realise, p.stock, p.stock_debut_annee], code).toEqual([
				'prioritaires',
				ref.objectif_2022 ? Number(ref.objectif_2022) : null,
				Number(ref['attributions_cumulees_au_2022-05-31']),
				Number(ref['stock_au_2022-05-31']),
				Number(ref['stock_au_2022-01-01'])
			]);
			expect(p.objectif == null ? '' : pct(tauxADate(p.realise, p.objectif, '2022-05-31')), code).toBe(ref.taux_realisation_a_date_affiche);
			expect(pct(evolution(p.stock, p.stock_debut_annee)), code).toBe(normalizeSpaces(ref.evolution_stock_affichee));
		}
		expect(fiche(mai, '60').publics[0].statut_objectif).toBe('en cours de finalisation');
	});

	it('gives the deck’s sortants d’hébergement and sans-abri lines at 30 April 2022', () => {
		for (const [code, ref] of reference('sortants-hebergement-2022-04-30.csv')) {
			if (code === '32') continue;
			const s = fiche(avril, code).publics[1];
			expect([s.objectif, s.realise, s.stock], code).toEqual([Number(ref.objectif_2022), Number(ref['attributions_cumulees_au_2022-04-30']), Number(ref['menages_heberges_en_attente_au_2022-04-30'])]);
			expect(pct(tauxAnnuel(s.realise, s.objectif)), code).toBe(ref.taux_realisation_affiche);
			expect(pct(part(s.realise, s.attributions), 1), code).toBe(ref.poids_dans_attributions_totales_affiche);
		}
		for (const [code, ref] of reference('sans-abri-2022-04-30.csv')) {
			if (code === '32') continue;
			const s = fiche(avril, code).publics[2];
			expect([s.objectif, s.realise, s.stock], code).toEqual([Number(ref.objectif_2022), Number(ref['attributions_cumulees_au_2022-04-30']), Number(ref['menages_sans_abri_en_attente_au_2022-04-30'])]);
			expect(pct(tauxADate(s.realise, s.objectif, '2022-04-30')), code).toBe(ref.taux_realisation_a_date_affiche);
		}
	});

	it('lists each department’s EPCI of the COG (92 in all), adding up to the department', () => {
		const counts = Object.fromEntries(DEPARTEMENTS.map((code) => [code, fiche(mai, code).epci.length]));
		expect(counts).toEqual({ '02': 19, '59': 17, '60': 21, '62': 19, '80': 16 });
		const nord = fiche(mai, '59');
		expect(nord.epci.map((e) => e.nom)).toContain('CU de Dunkerque');
		expect(nord.epci.map((e) => e.nom)).toContain('Métropole Européenne de Lille');
		expect(nord.epci.reduce((s, e) => s + e.publics.prioritaires.realise, 0)).toBe(1413);
		expect(nord.bailleurs.reduce((s, b) => s + b.prioritaires, 0)).toBe(1413);
		expect(nord.trajectoires.prioritaires.points[4].cumul).toBe(1413);
		expect(nord.trajectoires.prioritaires.objectif).toBe(4804);
	});

	it('ranks Nord among the departments on each rate, the departments without objective apart', () => {
		const rangs = fiche(mai, '59').rangs.map((r) => texteRang(r, 'departement'));
		// Priority households at date: Somme 113 %, Pas-de-Calais 92 %, Aisne 82 %, Nord 71 %; Oise has no objective.
		expect(rangs[0]).toBe('4e sur 4 départements classés (objectif non fixé pour les autres)');
		expect(texteRang(fiche(mai, '80').rangs[0], 'departement')).toBe('1er sur 4 départements classés (objectif non fixé pour les autres)');
		expect(texteRang(fiche(mai, '60').rangs[0], 'departement')).toBe('non classé (objectif non fixé)');
		expect(rangs.slice(1)).toEqual(['4e sur 5 départements', '4e sur 5 départements', '5e sur 5 départements']);
	});
});

describe('fiche d’un EPCI', () => {
	it('gives the CU de Dunkerque its figures, reform steps, FNAVDL projects and rank among 92 EPCI', () => {
		const f = fiche(mai, '245900428');
		expect([f.niveau, f.nom, f.code_departement, f.nom_departement, f.epci.length]).toEqual(['epci', 'CU de Dunkerque', '59', 'Nord', 0]);
		expect(f.publics.map((p) => [p.objectif, p.realise])).toEqual([[null, 176], [236, 102], [null, 24]]);
		expect(f.publics[0].attributions).toBe(757);
		expect(f.reforme.avancement?.cotation_active).toBe(true);
		expect(f.reforme.quartiles).toEqual({ hors_qpv: 422, hors_qpv_q1: 82, qpv: 335, qpv_q2_q4: 265, qpv_q4: 80 });
		expect(f.fnavdl).toMatchObject({ annee: 2021, projets: 3, menages_a_accompagner: 136, menages_accompagnes: 74, stock_prioritaires: 286 });
		expect(f.rangs.map((r) => texteRang(r, 'epci'))).toEqual(['non classé (objectif non fixé)', '16e sur 92 EPCI', 'non classé (objectif non fixé)', '42e sur 92 EPCI']);
		expect(ficheDuTerritoire(mai, '999999999')).toBeNull();
	});

	it('ranks ties together and leaves territories without value unranked', () => {
		const valeurs = [{ code: 'a', valeur: 0.5 }, { code: 'b', valeur: 0.8 }, { code: 'c', valeur: 0.5 }, { code: 'd', valeur: null }];
		expect(['a', 'b', 'c', 'd'].map((c) => rangParmi(c, valeurs).rang)).toEqual([2, 1, 2, null]);
		expect(rangParmi('a', valeurs).classes).toBe(3);
		// A value masked by the statistical confidentiality rule (NaN) is neither ranked nor counted.
		const masquee = [...valeurs, { code: 'e', valeur: Number.NaN }];
		expect(rangParmi('e', masquee)).toEqual({ valeur: null, rang: null, classes: 3 });
	});
});

describe('recherche de territoire', () => {
	it('finds territories by name without accents, or by code, among the 98 of the COG', async () => {
		const options = await db.run(territoireListe());
		expect(options).toHaveLength(98);
		expect(filtrerTerritoires(options, 'Dunk').map((o) => o.code)).toEqual(['245900428']);
		expect(filtrerTerritoires(options, 'pevele').map((o) => o.nom)).toEqual(['CC Pévèle-Carembault']);
		expect(filtrerTerritoires(options, 'nord')[0]).toMatchObject({ niveau: 'departement', code: '59' });
		expect(filtrerTerritoires(options, '2459004').map((o) => o.nom)).toEqual(['CU de Dunkerque']);
		expect(normaliser("Cœur d'Ostrevent")).toBe('coeur d ostrevent');
		expect(filtrerTerritoires(options, '')).toHaveLength(50);
	});

	it('keeps the page where it follows territoire, else opens the sheet with the date', () => {
		expect(['/', '/prioritaires', '/reforme', '/commission', '/bailleur/617671607', '/methodologie', '/territoire/59'].map(suitLeTerritoire)).toEqual([true, true, true, true, true, false, false]);
		const defaults = { date: '2022-12-31', territoire: '32', bailleur: '' };
		expect(lienFiche('59', { date: '2022-05-31', territoire: '62', bailleur: '' }, defaults)).toBe('/territoire/59?date=2022-05-31');
		expect(lienFiche('32', defaults, defaults)).toBe('/');
	});
});

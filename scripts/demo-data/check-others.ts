/** Calibration of the objectives, stocks, reform and FNAVDL tables. */
import { ENVELOPPES } from './fnavdl-data.ts';
import { DATE_BILAN_REFORME } from './reforme.ts';
import type { Row, Tables } from './tables.ts';
import { DEPARTEMENTS, TARGETS } from './targets.ts';

type Expect = (figure: string, actual: unknown, expected: unknown) => void;
const sum = (rows: readonly Row[], column: string) => rows.reduce((s, r) => s + Number(r[column] || 0), 0);
const byDep = (values: Readonly<Record<string, number | null>>) => DEPARTEMENTS.map((d) => values[d]);

function objectifs(tables: Tables, expect: Expect): void {
	const dep = (annee: string, indicateur: string) =>
		DEPARTEMENTS.map((d) => tables.objectifs.find((o) => o.annee === annee && o.indicateur === indicateur && o.code_territoire === d && !o.siren_bailleur))
			.map((o) => (o && o.valeur !== '' ? Number(o.valeur) : null));
	expect('objectifs 2022 prioritaires par département', dep('2022', 'prioritaires'), byDep(TARGETS.objectifPrioritaires2022));
	expect("objectifs 2022 sortants d'hébergement par département", dep('2022', 'sortants_hebergement'), byDep(TARGETS.objectifSortants2022));
	expect('objectifs 2022 sans-abri par département', dep('2022', 'sans_abri'), byDep(TARGETS.objectifSansAbri2022));
	const total = (values: (number | null)[]) => values.reduce<number>((s, v) => s + (v ?? NaN), 0);
	expect("objectif 2021 sortants d'hébergement (région)", total(dep('2021', 'sortants_hebergement')), TARGETS.objectifSortants2021Region);
	expect('objectif 2021 sans-abri (région)', total(dep('2021', 'sans_abri')), TARGETS.objectifSansAbri2021Region);
	expect('objectifs 2021 prioritaires fixés', dep('2021', 'prioritaires').every((v) => v !== null), true);
	const epci = tables.objectifs.filter((o) => o.niveau === 'epci' && o.indicateur === 'sortants_hebergement' && o.annee === '2022');
	expect("objectifs 2022 sortants d'hébergement des EPCI : nombre et somme", [epci.length, sum(epci, 'valeur')], [92, 2100]);
	const own = tables.objectifs.filter((o) => o.annee === '2022' && o.siren_bailleur);
	const covered = tables.bailleurs.filter((b) => ['prioritaires', 'sortants_hebergement', 'sans_abri'].every((i) => own.some((o) => o.siren_bailleur === b.siren && o.indicateur === i)));
	expect('bailleurs ayant des objectifs 2022 propres pour les 3 publics', covered.length, tables.bailleurs.length);
	expect('objectifs prioritaires des bailleurs dans l’Oise en cours de finalisation',
		own.filter((o) => o.indicateur === 'prioritaires' && o.code_territoire === '60').every((o) => o.statut === 'en cours de finalisation'), true);
}

function stocks(tables: Tables, expect: Expect): void {
	const at = (date: string, pub: string) => DEPARTEMENTS.map((d) => Number(tables.stocks.find((s) => s.date === date && s.niveau === 'departement' && s.code_territoire === d && s.public === pub)?.menages));
	expect('stock prioritaires au 1er janvier 2022', at('2022-01-01', 'prioritaires'), byDep(TARGETS.stockPrioritaires20220101));
	expect('stock prioritaires au 31 mai 2022', at('2022-05-31', 'prioritaires'), byDep(TARGETS.stockPrioritaires20220531));
	expect('stock hébergés au 30 avril 2022', at('2022-04-30', 'heberges'), byDep(TARGETS.stockHeberges20220430));
	expect('stock sans-abri au 30 avril 2022', at('2022-04-30', 'sans_abri'), byDep(TARGETS.stockSansAbri20220430));
	const dates = [...new Set(tables.stocks.map((s) => s.date))];
	const gaps = dates.filter((date) => {
		const at = tables.stocks.filter((s) => s.date === date && s.public === 'prioritaires');
		return sum(at.filter((s) => s.niveau === 'epci'), 'menages') !== sum(at.filter((s) => s.niveau === 'departement'), 'menages');
	});
	expect('stocks prioritaires : 26 dates, somme des EPCI = somme des départements à chaque date', [dates.length, gaps], [26, []]);
}

function reforme(tables: Tables, expect: Expect): void {
	const p = tables.reforme.filter((r) => r.perimetre === 'oui');
	const done = (column: string) => p.filter((r) => r[column] !== '' && r[column] <= DATE_BILAN_REFORME).length;
	const { perimetre, cil, orientations, cia, ppgdid, cotation } = TARGETS.reforme;
	expect('réforme : EPCI du périmètre', p.length, perimetre);
	expect('réforme : étapes au 30 avril 2022 (CIL, orientations, CIA, PPGDID)',
		[done('date_premiere_cil'), done('date_orientations'), done('date_cia'), done('date_ppgdid')], [cil, orientations, cia, ppgdid]);
	expect('réforme : cotation active', tables.reforme.filter((r) => r.cotation_active === 'oui').length, cotation);
	const order = (r: Row) => [r.date_premiere_cil, r.date_orientations, r.date_cia].filter((d) => d !== '');
	expect('réforme : étapes datées dans l’ordre (CIL, orientations, CIA)', p.filter((r) => order(r).join() !== [...order(r)].sort().join()).length, 0);
	expect('réforme : taux cible hors QPV Q1 seulement avec une CIA signée', tables.reforme.filter((r) => r.taux_cible_hors_qpv_q1 !== '' && (r.date_cia === '' || r.date_cia > DATE_BILAN_REFORME)).length, 0);
	expect('réforme : dates en 2015–2022', tables.reforme.flatMap((r) => [r.date_premiere_cil, r.date_orientations, r.date_cia, r.date_ppgdid]).filter((d) => d !== '' && (d < '2015' || d > '2022-12-31')).length, 0);
}

/** An amount rounded to the cent (sums of amounts with cents carry float noise). */
const euros = (amount: number) => Math.round(amount * 100) / 100;

function fnavdl(tables: Tables, expect: Expect): void {
	const p21 = tables.fnavdl_projets.filter((p) => p.annee === '2021');
	const retenus = p21.filter((p) => p.statut === 'retenu');
	const { fnavdl: t } = TARGETS;
	expect('FNAVDL 2021 : projets déposés, retenus, partenariats', [p21.length, retenus.length, retenus.filter((p) => p.type_porteur === 'partenariat').length],
		[t.projets2021, t.retenus2021, t.partenariats2021]);
	for (const e of ENVELOPPES.filter((x) => x.annee === '2021')) {
		const mine = retenus.filter((p) => p.code_departement === e.code_departement);
		expect(`FNAVDL 2021 ${e.code_departement} : financements (bailleurs–associations, associations)`,
			[euros(sum(mine.filter((p) => p.type_porteur === 'partenariat'), 'financement_eur')), euros(sum(mine.filter((p) => p.type_porteur !== 'partenariat'), 'financement_eur'))],
			[e.dont_bailleurs_associations_eur, e.dont_associations_eur]);
	}
	expect('FNAVDL 2021 : ménages à accompagner', sum(retenus, 'menages_acces') + sum(retenus, 'menages_maintien'), t.menages2021);
	expect('FNAVDL 2021 : ménages accompagnés au 31/12/2021', sum(retenus, 'menages_accompagnes'), t.accompagnes20211231);
	const coverage = DEPARTEMENTS.map((d) => {
		const m = retenus.filter((p) => p.code_departement === d);
		return (100 * (sum(m, 'menages_acces') + sum(m, 'menages_maintien'))) / TARGETS.stockPrioritaires20220101[d];
	});
	expect('FNAVDL : couverture du Nord la plus forte, entre 29,5 et 30,4 %', Math.max(...coverage) === coverage[1] && coverage[1] >= 29.5 && coverage[1] <= 30.4, true);
	expect('FNAVDL 2022 : nouveaux projets (€)', sum(tables.fnavdl_projets.filter((p) => p.annee === '2022'), 'financement_eur'), t.nouveaux2022Eur);
}

export function checkOthers(tables: Tables, expect: Expect): void {
	objectifs(tables, expect);
	stocks(tables, expect);
	reforme(tables, expect);
	fnavdl(tables, expect);
}

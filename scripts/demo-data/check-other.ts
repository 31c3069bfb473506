/** Calibration checks of the attribution reform (mixité) and of the FNAVDL tables. */
import { loadCog } from '../lib/cog.ts';
import type { Failures } from './check.ts';
import type { DemoTables } from './csv.ts';
import { between, type LocatedRow, pct, ratioBy, sum } from './figures.ts';
import { DEPARTEMENTS, FNAVDL, PRIORITAIRES, REFORME } from './targets.ts';

const AS_OF = '2022-04-30';

export function checkReforme(tables: DemoTables, rows: readonly LocatedRow[], f: Failures): void {
	const cog = loadCog();
	const nameOf = new Map(cog.epcis.map((e) => [e.siren, e.nom]));
	const inPerimeter = tables.reforme.filter((r) => r.perimetre === 'oui');
	const perimeter = new Set(inPerimeter.map((r) => r.siren_epci));
	f.expect('Lignes de la table réforme (une par EPCI)', tables.reforme.length, cog.epcis.length);
	f.expect('EPCI du périmètre de la réforme', perimeter.size, REFORME.perimetre);
	const done = (col: string) => inPerimeter.filter((r) => r[col] !== '' && r[col] <= AS_OF);
	f.expect('Étapes de la réforme au 30 avril 2022 (CIL, orientations, CIA, PPGDID)', ['date_premiere_cil', 'date_orientations', 'date_cia', 'date_ppgdid'].map((c) => done(c).length), [REFORME.premiereCil, REFORME.orientations, REFORME.cia, REFORME.ppgdid]);
	f.expect('EPCI avec cotation active', tables.reforme.filter((r) => r.cotation_active === 'oui').map((r) => nameOf.get(r.siren_epci)).sort(), [...REFORME.cotation].sort());
	f.that('Étapes de la réforme emboîtées et datées dans l’ordre', inPerimeter.every((r) => {
		const dates = [r.date_premiere_cil, r.date_orientations, r.date_cia, r.date_ppgdid];
		const doneFlags = dates.map((x) => x !== '' && x <= AS_OF);
		return dates.every((x, i) => i === 0 || x === '' || (dates[i - 1] !== '' && x >= dates[i - 1])) && doneFlags.every((x, i) => i === 0 || !x || doneFlags[i - 1]);
	}));

	const inside = rows.filter((r) => perimeter.has(r.epci));
	const jan22 = between(inside, '2022-01', '2022-04');
	const y21 = between(inside, '2021-01', '2021-12');
	const q = REFORME.horsQpvQ1;
	const epci22 = ratioBy(jan22, (r) => r.epci, 'hors_qpv_q1', 'hors_qpv');
	const epci21 = ratioBy(y21, (r) => r.epci, 'hors_qpv_q1', 'hors_qpv');
	const v22 = [...epci22.values()];
	f.expect('Hors QPV Q1 janvier–avril 2022, 40 EPCI (%)', pct(sum(jan22.map((r) => r.row), 'hors_qpv_q1'), sum(jan22.map((r) => r.row), 'hors_qpv')), q.regionPct);
	f.expect('Hors QPV Q1 par EPCI (min, max %)', [pct(Math.min(...v22), 1), pct(Math.max(...v22), 1)], [q.minEpciPct, q.maxEpciPct]);
	f.expect('EPCI à 25 % ou plus (marge 0,5 point)', v22.filter((v) => v >= 0.255).length, q.epciAtteignant25);
	f.that('Aucun EPCI à moins de 0,5 point de 25 %', v22.every((v) => Math.abs(v - 0.25) >= 0.005));
	f.expect('EPCI en baisse sur 2021', [...epci22].filter(([k, v]) => v < epci21.get(k)!).length, q.epciEnBaisse);
	const bailleurs = [...ratioBy(jan22, (r) => r.row.siren_bailleur, 'hors_qpv_q1', 'hors_qpv').values()];
	f.expect('Hors QPV Q1 par bailleur (min, max %)', [pct(Math.min(...bailleurs), 1), pct(Math.max(...bailleurs), 1)], [q.minBailleurPct, q.maxBailleurPct]);
	const shareOf = (rs: readonly LocatedRow[], part: string) => pct(sum(rs.map((r) => r.row), part), sum(rs.map((r) => r.row), 'qpv'));
	f.expect('QPV Q2–Q4 (2022 janvier–avril, 2021) et Q4 (2022) en %', [shareOf(jan22, 'qpv_q2_q4'), shareOf(y21, 'qpv_q2_q4'), shareOf(jan22, 'qpv_q4')], [REFORME.qpv.q2q4Pct2022, REFORME.qpv.q2q4Pct2021, REFORME.qpv.q4Pct2022]);
	for (const [label, rs] of [['2022', jan22], ['2021', y21]] as const) {
		const r = ratioBy(rs, (x) => x.epci, 'qpv_q2_q4', 'qpv');
		f.expect(`EPCI du périmètre avec attributions en QPV (${label})`, r.size, REFORME.perimetre);
		f.that(`Tous les EPCI du périmètre à 50 % ou plus en QPV Q2–Q4 (${label})`, [...r.values()].every((v) => v >= REFORME.qpv.minEpci));
	}
}

export function checkFnavdl(tables: DemoTables, f: Failures): void {
	const p2021 = tables.fnavdl_projets.filter((p) => p.annee === '2021');
	const retenus = p2021.filter((p) => p.statut === 'retenu');
	f.expect('Projets FNAVDL 2021 (déposés, retenus, partenariats retenus)', [p2021.length, retenus.length, retenus.filter((p) => p.type_porteur === 'partenariat').length], [FNAVDL.projets2021, FNAVDL.retenus2021, FNAVDL.partenariatsRetenus2021]);
	for (const d of DEPARTEMENTS) {
		const env = tables.fnavdl_enveloppes.find((e) => e.annee === '2021' && e.code_departement === d)!;
		const mine = retenus.filter((p) => p.code_departement === d);
		f.expect(`Financements 2021 ${d} (partenariats, autres)`, [sum(mine.filter((p) => p.type_porteur === 'partenariat'), 'financement_eur'), sum(mine.filter((p) => p.type_porteur !== 'partenariat'), 'financement_eur')], [Number(env.dont_bailleurs_associations_eur), Number(env.dont_associations_eur)]);
	}
	const menages = (d?: string) => retenus.filter((p) => !d || p.code_departement === d).reduce((s, p) => s + Number(p.menages_acces) + Number(p.menages_maintien), 0);
	f.expect('Ménages à accompagner 2021, ménages accompagnés fin 2021', [menages(), sum(retenus, 'menages_accompagnes')], [FNAVDL.menagesAAccompagner2021, FNAVDL.menagesAccompagnesFin2021]);
	const coverage = DEPARTEMENTS.map((d) => menages(d) / PRIORITAIRES.stock20220101[d]);
	const nord = coverage[DEPARTEMENTS.indexOf('59')];
	f.that(`Couverture AVDL du Nord ≈ 30 % (obtenu ${(nord * 100).toFixed(1)} %)`, nord >= FNAVDL.couvertureNord.min && nord <= FNAVDL.couvertureNord.max && nord === Math.max(...coverage));
	f.expect('Nouveaux projets 2022 (€)', sum(tables.fnavdl_projets.filter((p) => p.annee === '2022'), 'financement_eur'), FNAVDL.nouveauxProjets2022Eur);
}

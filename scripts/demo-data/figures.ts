/**
 * The calibration figures recomputed from the generated CSV rows, the way the dashboard
 * computes them (sums at each level, then ratios).
 */
import type { Cog } from '../lib/cog.ts';
import { between, communeLookup, groupSums, sumWhere, type Row, type Tables } from './tables.ts';

const pct = (part: number, whole: number) => (100 * part) / whole;
const DEPS = ['02', '59', '60', '62', '80'];

export interface Figures {
	attributionsJanAvr2022: Record<string, number>;
	prioritairesJanMai2022: Record<string, number>;
	partPrioritairesJanMai2022: number;
	sortantsJanAvr2022: Record<string, number>;
	sansAbriJanAvr2022: Record<string, number>;
	sortantsJanAvr2021: number;
	sansAbriJanAvr2021: number;
	/** EPCI share of priority households 2021, %. */
	partPrioritairesEpci2021: number[];
	q1: { region: number; epci: Map<string, { annee2021: number; janAvr2022: number }>; bailleurPerimetre: number[]; bailleurTous: number[] };
	qpv: { q2q4JanAvr2022: number; q2q4Annee2021: number; q4JanAvr2022: number; epciMin: number };
}

export function attributionFigures(tables: Tables, cog: Cog): Figures {
	const rows = tables.attributions;
	const { dep, epci } = communeLookup(cog);
	const byDep = (measure: string, from: string, to: string) => {
		const g = groupSums(rows, dep, [measure], between(from, to));
		return Object.fromEntries(DEPS.map((d) => [d, g.get(d)?.[measure] ?? 0]));
	};
	const prioritaires = byDep('prioritaires', '2022-01', '2022-05');
	const allJanMai = sumWhere(rows, ['attributions'], between('2022-01', '2022-05')).attributions;
	const perimetre = new Set(tables.reforme.filter((r) => r.perimetre === 'oui').map((r) => r.siren_epci));
	const inPerimetre = (r: Row) => perimetre.has(epci(r));
	const Q = ['hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4'];
	const jan22 = between('2022-01', '2022-04');
	const y21 = between('2021-01', '2021-12');
	const region22 = sumWhere(rows, Q, (r) => jan22(r) && inPerimetre(r));
	const region21 = sumWhere(rows, Q, (r) => y21(r) && inPerimetre(r));
	const epci22 = groupSums(rows, epci, Q, (r) => jan22(r) && inPerimetre(r));
	const epci21 = groupSums(rows, epci, Q, (r) => y21(r) && inPerimetre(r));
	const q1Epci = new Map([...epci22].map(([k, v]) => [k, { janAvr2022: pct(v.hors_qpv_q1, v.hors_qpv), annee2021: pct(epci21.get(k)!.hors_qpv_q1, epci21.get(k)!.hors_qpv) }]));
	const bailleurShares = (keep: (r: Row) => boolean) =>
		[...groupSums(rows, (r) => r.siren_bailleur, Q, (r) => jan22(r) && keep(r)).values()].filter((v) => v.hors_qpv > 0).map((v) => pct(v.hors_qpv_q1, v.hors_qpv));
	const prio21 = groupSums(rows, epci, ['attributions', 'prioritaires'], y21);
	const q2q4Min = Math.min(...[...epci22.values(), ...epci21.values()].filter((v) => v.qpv > 0).map((v) => pct(v.qpv_q2_q4, v.qpv)));
	return {
		attributionsJanAvr2022: byDep('attributions', '2022-01', '2022-04'),
		prioritairesJanMai2022: prioritaires,
		partPrioritairesJanMai2022: pct(Object.values(prioritaires).reduce((s, v) => s + v, 0), allJanMai),
		sortantsJanAvr2022: byDep('sortants_hebergement', '2022-01', '2022-04'),
		sansAbriJanAvr2022: byDep('sans_abri', '2022-01', '2022-04'),
		sortantsJanAvr2021: sumWhere(rows, ['sortants_hebergement'], between('2021-01', '2021-04')).sortants_hebergement,
		sansAbriJanAvr2021: sumWhere(rows, ['sans_abri'], between('2021-01', '2021-04')).sans_abri,
		partPrioritairesEpci2021: [...prio21.values()].map((v) => pct(v.prioritaires, v.attributions)),
		q1: { region: pct(region22.hors_qpv_q1, region22.hors_qpv), epci: q1Epci, bailleurPerimetre: bailleurShares(inPerimetre), bailleurTous: bailleurShares(() => true) },
		qpv: {
			q2q4JanAvr2022: pct(region22.qpv_q2_q4, region22.qpv),
			q2q4Annee2021: pct(region21.qpv_q2_q4, region21.qpv),
			q4JanAvr2022: pct(region22.qpv_q4, region22.qpv),
			epciMin: q2q4Min
		}
	};
}

/** Landlords' sortants rate at date on 30 April 2022, %: own attributions over own objectives × 4/12. */
export function bailleurSortantsRates(tables: Tables): number[] {
	const attributions = groupSums(tables.attributions, (r) => r.siren_bailleur, ['sortants_hebergement'], between('2022-01', '2022-04'));
	const objectives = new Map<string, number>();
	for (const o of tables.objectifs) {
		if (o.annee !== '2022' || o.indicateur !== 'sortants_hebergement' || !o.siren_bailleur) continue;
		objectives.set(o.siren_bailleur, (objectives.get(o.siren_bailleur) ?? 0) + Number(o.valeur));
	}
	return tables.bailleurs.map((b) => pct(attributions.get(b.siren)?.sortants_hebergement ?? 0, (objectives.get(b.siren)! * 4) / 12));
}

/**
 * The objectives table: department objectives 2021 and 2022 (the deck's 2022 values; 2021
 * giving +9 % sortants and +10 % sans-abri), each landlord's own 2022 objectives in every
 * department where it lets, and the 2022 sortants objective territorialised by EPCI (summing
 * to the department's).
 */
import { largestRemainder } from './allocate.ts';
import type { AttributionRow } from './attributions.ts';
import { BAILLEURS } from './bailleurs.ts';
import { sortantsObjectives } from './bandes.ts';
import type { Random } from './random.ts';
import { DEPARTEMENTS, TARGETS } from './targets.ts';

export interface ObjectifRow {
	annee: string;
	indicateur: 'prioritaires' | 'sortants_hebergement' | 'sans_abri';
	niveau: 'departement' | 'epci';
	code_territoire: string;
	siren_bailleur: string | null;
	valeur: number | null;
	statut: 'fixe' | 'en cours de finalisation';
}

const row = (annee: string, indicateur: ObjectifRow['indicateur'], dep: string, siren: string | null, valeur: number | null): ObjectifRow => ({
	annee, indicateur, niveau: 'departement', code_territoire: dep, siren_bailleur: siren, valeur,
	statut: valeur === null ? 'en cours de finalisation' : 'fixe'
});

/** `total` over `weights`, at least 1 each. */
function splitAtLeastOne(total: number, weights: number[]): number[] {
	return largestRemainder(total - weights.length, weights).map((v) => v + 1);
}

function departementRows(random: Random): ObjectifRow[] {
	const rows: ObjectifRow[] = [];
	const sortants2021 = largestRemainder(TARGETS.objectifSortants2021Region, DEPARTEMENTS.map((d) => TARGETS.objectifSortants2022[d] * random.noise(0.05)));
	const sansAbri2021 = largestRemainder(TARGETS.objectifSansAbri2021Region, DEPARTEMENTS.map((d) => TARGETS.objectifSansAbri2022[d] * random.noise(0.06)));
	DEPARTEMENTS.forEach((dep, i) => {
		const prioritaires2022 = TARGETS.objectifPrioritaires2022[dep];
		// Oise had an objective in 2021 (its 2022 one is still being finalised).
		const prioritaires2021 = Math.round((prioritaires2022 ?? 1150) * random.uniform(0.93, 1.03));
		rows.push(row('2021', 'prioritaires', dep, null, prioritaires2021), row('2021', 'sortants_hebergement', dep, null, sortants2021[i]),
			row('2021', 'sans_abri', dep, null, sansAbri2021[i]), row('2022', 'prioritaires', dep, null, prioritaires2022),
			row('2022', 'sortants_hebergement', dep, null, TARGETS.objectifSortants2022[dep]), row('2022', 'sans_abri', dep, null, TARGETS.objectifSansAbri2022[dep]));
	});
	return rows;
}

/** Sum of `measure` by landlord and department over months `from`…`to`. */
function byBailleurDep(rows: readonly AttributionRow[], measure: 'attributions' | 'sortants_hebergement', from: string, to: string) {
	const out = new Map<string, number>();
	for (const r of rows) {
		if (r.mois < from || r.mois > to) continue;
		const key = `${r.siren_bailleur}/${r.code_departement}`;
		out.set(key, (out.get(key) ?? 0) + r[measure]);
	}
	return out;
}

/** 2022 sortants d'hébergement objective of each EPCI, by its 2021 lettings to that public. */
function epciRows(attributions: readonly AttributionRow[], random: Random): ObjectifRow[] {
	const weight = new Map<string, number>();
	const depOf = new Map<string, string>();
	for (const r of attributions) {
		if (!r.mois.startsWith('2021')) continue;
		weight.set(r.siren_epci, (weight.get(r.siren_epci) ?? 0) + r.sortants_hebergement + 0.02 * r.attributions);
		depOf.set(r.siren_epci, r.code_departement);
	}
	return DEPARTEMENTS.flatMap((dep) => {
		const epcis = [...depOf].filter(([, d]) => d === dep).map(([siren]) => siren).sort();
		const parts = splitAtLeastOne(TARGETS.objectifSortants2022[dep], epcis.map((e) => weight.get(e)! * random.noise(0.15)));
		return epcis.map((e, k): ObjectifRow => ({ ...row('2022', 'sortants_hebergement', e, null, parts[k]), niveau: 'epci' }));
	});
}

export function buildObjectifs(attributions: readonly AttributionRow[], random: Random): ObjectifRow[] {
	const rows = [...departementRows(random), ...epciRows(attributions, random.fork('epci'))];
	const volumes = byBailleurDep(attributions, 'attributions', '2021-01', '2021-12');
	const sortants = byBailleurDep(attributions, 'sortants_hebergement', '2022-01', '2022-04');
	const depsOf = (siren: string) => DEPARTEMENTS.filter((d) => volumes.has(`${siren}/${d}`));
	for (const dep of DEPARTEMENTS) {
		const present = BAILLEURS.filter((b) => volumes.has(`${b.siren}/${dep}`));
		const weights = () => present.map((b) => volumes.get(`${b.siren}/${dep}`)! * random.noise(0.15));
		const prio = TARGETS.objectifPrioritaires2022[dep];
		const prioParts = prio === null ? null : splitAtLeastOne(prio, weights());
		const sansAbriParts = splitAtLeastOne(TARGETS.objectifSansAbri2022[dep], weights());
		present.forEach((b, k) => rows.push(
			row('2022', 'prioritaires', dep, b.siren, prioParts ? prioParts[k] : null),
			row('2022', 'sans_abri', dep, b.siren, sansAbriParts[k])
		));
	}
	const depVolume = (dep: string) => BAILLEURS.reduce((s, b) => s + (volumes.get(`${b.siren}/${dep}`) ?? 0), 0);
	const totals = sortantsObjectives(BAILLEURS.map((b) => ({
		siren: b.siren,
		attributions: depsOf(b.siren).reduce((s, d) => s + (sortants.get(`${b.siren}/${d}`) ?? 0), 0),
		departements: depsOf(b.siren).length,
		naturel: depsOf(b.siren).reduce((s, d) => s + (TARGETS.objectifSortants2022[d] * volumes.get(`${b.siren}/${d}`)!) / depVolume(d), 0)
	})), random);
	for (const b of BAILLEURS) {
		const deps = depsOf(b.siren);
		const parts = splitAtLeastOne(totals.get(b.siren)!, deps.map((d) => (sortants.get(`${b.siren}/${d}`) ?? 0) + 0.01 * volumes.get(`${b.siren}/${d}`)!));
		deps.forEach((d, k) => rows.push(row('2022', 'sortants_hebergement', d, b.siren, parts[k])));
	}
	const key = (r: ObjectifRow) => `${r.annee}|${r.indicateur}|${r.niveau}|${r.code_territoire}|${r.siren_bailleur ?? ''}`;
	return rows.sort((a, b) => key(a).localeCompare(key(b)));
}

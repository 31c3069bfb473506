/**
 * The territories of France (metropolitan and overseas departments) from the pinned COG
 * package: 18 regions, 101 departments, every EPCI placed in the department (and so the
 * region) holding most of its population. Only for the national-scale synthetic data.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface RegionFr {
	code: string;
	nom: string;
}
export interface DepartementFr {
	code: string;
	nom: string;
	region: string;
	population: number;
}
export interface EpciFr {
	siren: string;
	nom: string;
	codeDepartement: string;
	region: string;
	population: number;
}
export interface France {
	regions: RegionFr[];
	departements: DepartementFr[];
	epci: EpciFr[];
}

interface RawCommune {
	code: string;
	type: string;
	departement?: string;
	region?: string;
	population?: number;
}

/** Departments of the metropole and of the five DROM (zone 'metro' or 'drom'). */
export function loadFrance(): France {
	const rawDepartements: { code: string; nom: string; region: string; zone: string }[] = require('@etalab/decoupage-administratif/data/departements.json');
	const rawRegions: { code: string; nom: string }[] = require('@etalab/decoupage-administratif/data/regions.json');
	const rawCommunes: RawCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
	const rawEpci: { code: string; nom: string; membres: { code: string }[] }[] = require('@etalab/decoupage-administratif/data/epci.json');

	const kept = rawDepartements.filter((d) => d.zone === 'metro' || d.zone === 'drom');
	const communes = new Map(rawCommunes.filter((c) => c.type === 'commune-actuelle' && c.departement).map((c) => [c.code, c]));
	const populationOf = new Map<string, number>();
	for (const c of communes.values()) populationOf.set(c.departement!, (populationOf.get(c.departement!) ?? 0) + (c.population ?? 0));

	const departements = kept.map((d) => ({ code: d.code, nom: d.nom, region: d.region, population: populationOf.get(d.code) ?? 0 }));
	const regionOf = new Map(departements.map((d) => [d.code, d.region]));
	const epci: EpciFr[] = [];
	for (const e of rawEpci) {
		const byDepartement = new Map<string, number>();
		for (const m of e.membres) {
			const c = communes.get(m.code);
			if (c?.departement && regionOf.has(c.departement)) byDepartement.set(c.departement, (byDepartement.get(c.departement) ?? 0) + (c.population ?? 0));
		}
		const top = [...byDepartement].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
		if (!top) continue;
		const population = [...byDepartement.values()].reduce((s, n) => s + n, 0);
		epci.push({ siren: e.code, nom: e.nom, codeDepartement: top[0], region: regionOf.get(top[0])!, population });
	}
	const regionCodes = new Set(departements.map((d) => d.region));
	const regions = rawRegions.filter((r) => regionCodes.has(r.code)).map((r) => ({ code: r.code, nom: r.nom }));
	return { regions, departements, epci };
}

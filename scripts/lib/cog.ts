/**
 * The official geography (COG) of Hauts-de-France, from the pinned npm package
 * @etalab/decoupage-administratif: communes, their EPCI and department. Territories
 * never come from user files; every script (ingestion, demonstration data, contours)
 * reads them from here.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface RawCommune {
	code: string;
	nom: string;
	type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
	departement?: string;
	region?: string;
	chefLieu?: string;
	population?: number;
}
interface RawEpci {
	code: string;
	nom: string;
	type: string;
	membres: { code: string }[];
}
interface RawDepartement {
	code: string;
	nom: string;
	region: string;
}

export const REGION = { code: '32', nom: 'Hauts-de-France' } as const;

export interface Commune {
	code: string;
	nom: string;
	codeDepartement: string;
	sirenEpci: string;
	population: number;
}
export interface Epci {
	siren: string;
	nom: string;
	/** Department holding most of the EPCI's population (5 EPCI straddle a border). */
	codeDepartement: string;
	population: number;
	/** Current communes of the region in this EPCI (members outside the region are left out). */
	communes: string[];
}
export interface Departement {
	code: string;
	nom: string;
	population: number;
}

export interface Cog {
	version: string;
	region: typeof REGION;
	departements: Departement[];
	epcis: Epci[];
	communes: Map<string, Commune>;
	/** Former code (commune déléguée or associée) → current commune code; current codes map to themselves. */
	currentCode(code: string): string | undefined;
	/** Former codes of the region's communes → their current code (what currentCode maps). */
	formerCodes: Map<string, string>;
}

let cached: Cog | undefined;

export function loadCog(): Cog {
	if (cached) return cached;
	const version: string = require('@etalab/decoupage-administratif/package.json').version;
	const rawCommunes: RawCommune[] = require('@etalab/decoupage-administratif/data/communes.json');
	const rawEpcis: RawEpci[] = require('@etalab/decoupage-administratif/data/epci.json');
	const rawDepartements: RawDepartement[] = require('@etalab/decoupage-administratif/data/departements.json');

	const actuelles = rawCommunes.filter((c) => c.type === 'commune-actuelle' && c.region === REGION.code);
	const epciOf = new Map<string, string>();
	for (const e of rawEpcis) for (const m of e.membres) epciOf.set(m.code, e.code);

	const communes = new Map<string, Commune>();
	for (const c of actuelles) {
		const sirenEpci = epciOf.get(c.code);
		if (!sirenEpci) throw new Error(`COG : la commune ${c.code} (${c.nom}) n'appartient à aucun EPCI`);
		communes.set(c.code, { code: c.code, nom: c.nom, codeDepartement: c.departement!, sirenEpci, population: c.population ?? 0 });
	}

	const epcis: Epci[] = rawEpcis
		.filter((e) => e.membres.some((m) => communes.has(m.code)))
		.map((e) => {
			const members = e.membres.map((m) => communes.get(m.code)).filter((c): c is Commune => !!c);
			const byDep = new Map<string, number>();
			for (const c of members) byDep.set(c.codeDepartement, (byDep.get(c.codeDepartement) ?? 0) + c.population);
			const codeDepartement = [...byDep].sort((a, b) => b[1] - a[1])[0][0];
			const population = members.reduce((s, c) => s + c.population, 0);
			return { siren: e.code, nom: e.nom, codeDepartement, population, communes: members.map((c) => c.code) };
		})
		.sort((a, b) => a.codeDepartement.localeCompare(b.codeDepartement) || a.nom.localeCompare(b.nom, 'fr'));

	const departements = rawDepartements
		.filter((d) => d.region === REGION.code)
		.map((d) => ({
			code: d.code,
			nom: d.nom,
			population: actuelles.filter((c) => c.departement === d.code).reduce((s, c) => s + (c.population ?? 0), 0)
		}));

	// Communes déléguées / associées point to their parent through `chefLieu`.
	const parentOf = new Map<string, string>();
	for (const c of rawCommunes) {
		if ((c.type === 'commune-deleguee' || c.type === 'commune-associee') && c.chefLieu) parentOf.set(c.code, c.chefLieu);
	}
	const currentCode = (code: string) => (communes.has(code) ? code : parentOf.get(code) && communes.has(parentOf.get(code)!) ? parentOf.get(code) : undefined);

	const formerCodes = new Map([...parentOf].filter(([code, parent]) => !communes.has(code) && communes.has(parent)));
	cached = { version, region: REGION, departements, epcis, communes, currentCode, formerCodes };
	return cached;
}

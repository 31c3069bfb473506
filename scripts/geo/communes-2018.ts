/**
 * From a 2018 commune code (the code of the contours) to the current commune, its EPCI and
 * its department. Any code the COG and the explicit table cannot place fails the build.
 */
import type { Cog } from '../lib/cog.ts';

/** Where the territory of one 2018 commune lies today. */
export interface CommuneActuelle {
	codeCommune: string;
	sirenEpci: string;
	codeDepartement: string;
}

/** 2018 code → current commune code, for codes the COG no longer knows. */
export type FusionsTable = Readonly<Record<string, { codeActuel: string }>>;

/**
 * Maps every 2018 code to its current commune; throws a French error listing every code
 * left unmapped (and every explicit mapping pointing to a code that is not current).
 */
export function mapCommunes2018(codes2018: readonly string[], cog: Cog, fusions: FusionsTable): Map<string, CommuneActuelle> {
	const mapping = new Map<string, CommuneActuelle>();
	const unmapped: string[] = [];
	const badTargets: string[] = [];
	for (const code of codes2018) {
		const explicit = fusions[code]?.codeActuel;
		const current = cog.currentCode(code) ?? explicit;
		const commune = current === undefined ? undefined : cog.communes.get(current);
		if (commune) {
			mapping.set(code, { codeCommune: commune.code, sirenEpci: commune.sirenEpci, codeDepartement: commune.codeDepartement });
		} else if (explicit !== undefined) {
			badTargets.push(`${code} → ${explicit}`);
		} else {
			unmapped.push(code);
		}
	}
	const problems: string[] = [];
	if (unmapped.length > 0) {
		problems.push(
			`${unmapped.length} code(s) commune 2018 sans correspondance dans le COG actuel : ${unmapped.sort().join(', ')}. ` +
				'Ajoutez chaque fusion à scripts/geo/fusions-hors-cog.ts.'
		);
	}
	if (badTargets.length > 0) {
		problems.push(`Correspondance(s) vers une commune qui n'est pas une commune actuelle de la région : ${badTargets.sort().join(', ')}.`);
	}
	if (problems.length > 0) throw new Error(`Contours : ${problems.join(' ')}`);
	return mapping;
}

/** Current communes of the region that no 2018 contour maps to (should be empty). */
export function communesSansContour(mapping: ReadonlyMap<string, CommuneActuelle>, cog: Cog): string[] {
	const covered = new Set([...mapping.values()].map((c) => c.codeCommune));
	return [...cog.communes.keys()].filter((code) => !covered.has(code)).sort();
}

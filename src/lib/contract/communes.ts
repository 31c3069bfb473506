/**
 * The region's communes as the browser check gets them (`/donnees/communes.json`, written at
 * build time from the COG the ingestion uses): each commune's department and EPCI, and former
 * codes (communes déléguées, associées) → current code, the mapping `npm run data` applies.
 */
export interface CommunesRegion {
	/** COG version (package @etalab/decoupage-administratif). */
	cog: string;
	/** [code, department, EPCI SIREN] of every current commune. */
	communes: [string, string, string][];
	/** [former code, current code]. */
	anciennes: [string, string][];
}

export interface CommuneLookup {
	/** The current code of a commune code, or undefined when the region has no such commune. */
	current(code: string): string | undefined;
	departement(current: string): string;
	epci(current: string): string;
}

export function communeLookup(data: CommunesRegion): CommuneLookup {
	const of = new Map(data.communes.map(([code, dep, epci]) => [code, { dep, epci }]));
	const former = new Map(data.anciennes);
	return {
		current: (code) => (of.has(code) ? code : former.get(code)),
		departement: (code) => of.get(code)?.dep ?? '',
		epci: (code) => of.get(code)?.epci ?? ''
	};
}

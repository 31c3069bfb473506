/** The region's communes for the browser check of a file (src/lib/contract/communes.ts), from the ingestion's COG. */
import { json } from '@sveltejs/kit';
import { loadCog } from '../../../../scripts/lib/cog';
import type { CommunesRegion } from '$lib/contract/communes';

export const prerender = true;

export function GET(): Response {
	const cog = loadCog();
	const body: CommunesRegion = {
		cog: cog.version,
		communes: [...cog.communes.values()].map((c) => [c.code, c.codeDepartement, c.sirenEpci]),
		anciennes: [...cog.formerCodes]
	};
	return json(body);
}

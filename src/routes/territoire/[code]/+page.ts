import { error } from '@sveltejs/kit';
import { CODE_REGION, CODES_DEPARTEMENTS, DEPARTEMENTS } from '$lib/config';
import type { EntryGenerator, PageLoad } from './$types';

/** Prerendered territories: the 5 departments for now (EPCI join when their pages exist). */
export const entries: EntryGenerator = () => CODES_DEPARTEMENTS.map((code) => ({ code }));

/** `code`: a department code ('59') or an EPCI SIREN; the title names the territory when known. */
export const load: PageLoad = ({ params }) => {
	if (params.code === CODE_REGION) error(404, 'La région se consulte sur la synthèse régionale.');
	if (!/^(\d{2}|\d{9})$/.test(params.code)) error(404, `Territoire inconnu : ${params.code.slice(0, 20)}`);
	const nom = DEPARTEMENTS[params.code];
	return { code: params.code, title: nom ? `${nom} (${params.code})` : `Territoire ${params.code}` };
};

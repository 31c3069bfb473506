/**
 * The three publics with attribution objectives, and the fixed column and stock
 * names each one maps to. Column names in SQL only ever come from this table.
 */
import type { Indicateur } from '../contract/inputs';

export interface PublicSpec {
	indicateur: Indicateur;
	/** Column of the `attributions` extract counting this public. */
	column: 'prioritaires' | 'sortants_hebergement' | 'sans_abri';
	/** `public` value of the `stocks` extract for households of this public waiting. */
	stock: 'prioritaires' | 'heberges' | 'sans_abri';
	label: string;
}

export const PUBLICS: Record<Indicateur, PublicSpec> = {
	prioritaires: { indicateur: 'prioritaires', column: 'prioritaires', stock: 'prioritaires', label: 'Ménages prioritaires (DALO / PDALHPD)' },
	sortants_hebergement: {
		indicateur: 'sortants_hebergement',
		column: 'sortants_hebergement',
		stock: 'heberges',
		label: "Ménages sortants d'hébergement"
	},
	sans_abri: { indicateur: 'sans_abri', column: 'sans_abri', stock: 'sans_abri', label: 'Ménages sans-abri' }
};

/** Throws on anything that is not one of the three publics (URL values reach here). */
export function publicSpec(indicateur: string): PublicSpec {
	const spec = PUBLICS[indicateur as Indicateur];
	if (!spec) throw new Error(`Indicateur inconnu : « ${indicateur} »`);
	return spec;
}

/** French labels of a FNAVDL project's fields, shared by the list and the project sheet. */
import type { FnavdlProjetRow } from '$lib/queries/fnavdl-projets';

export const TYPE_PORTEUR: Record<FnavdlProjetRow['type_porteur'], string> = {
	association: 'association',
	bailleur: 'bailleur',
	partenariat: 'partenariat bailleur–association'
};

/** Households to accompany (access + maintenance); null when neither is known. */
export function menagesAAccompagner(p: FnavdlProjetRow): number | null {
	return p.menages_acces == null && p.menages_maintien == null ? null : (p.menages_acces ?? 0) + (p.menages_maintien ?? 0);
}

/** FNAVDL funding per household accompanied, euros; null unless both are known (> 0 households). */
export function coutParMenage(p: FnavdlProjetRow): number | null {
	return p.financement_eur != null && p.menages_accompagnes ? p.financement_eur / p.menages_accompagnes : null;
}

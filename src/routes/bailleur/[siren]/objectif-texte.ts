/** Texts of the bailleur sheet: how an objective reads (the number, or why there is none, never 0), « de / d’ » before its name. */
import { formatCount } from '$lib/format';

export const EN_COURS = 'en cours de finalisation';

/** « 297 », « en cours de finalisation » (a status other than fixed) or « non fixé » (no objective row). */
export function texteObjectif(row: { objectif: number | null; statut_objectif: string | null }): string {
	if (row.objectif != null) return formatCount(row.objectif);
	return row.statut_objectif && row.statut_objectif !== 'fixe' ? row.statut_objectif : 'non fixé';
}

/** « de Partenord », « d'Amiens Habitat », « d'OPH de l'Aisne »: the French elision before a name. */
export function deNom(nom: string): string {
	return /^[aeiouyàâéèêëîïôöûü]/i.test(nom) ? `d'${nom}` : `de ${nom}`;
}

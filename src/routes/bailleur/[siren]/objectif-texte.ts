/** How a bailleur's objective reads in its sheet: the number, or why there is none (never 0). */
import { formatCount } from '$lib/format';

export const EN_COURS = 'en cours de finalisation';

/** « 297 », « en cours de finalisation » (a status other than fixed) or « non fixé » (no objective row). */
export function texteObjectif(row: { objectif: number | null; statut_objectif: string | null }): string {
	if (row.objectif != null) return formatCount(row.objectif);
	return row.statut_objectif && row.statut_objectif !== 'fixe' ? row.statut_objectif : 'non fixé';
}

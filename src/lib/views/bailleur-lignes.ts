/**
 * A bailleur's rows for one public: by department, and its regional total recomputed from them
 * (counts summed; the objective only when every department's existing objective is fixed).
 */
import type { ObjectifRealisationRow } from '../queries/objectifs-realisation';

/** The bailleur in one department, or its regional total ('32'); fields as in the territories' rows. */
export type LigneBailleur = Pick<ObjectifRealisationRow, 'code' | 'nom' | 'objectif' | 'statut_objectif' | 'realise' | 'attributions'> & {
	niveau: 'region' | 'departement';
};

/**
 * The region row: a department without any objective row does not count (the bailleur has no
 * target there); one objective not fixed makes the regional objective missing, never a partial sum.
 */
export function totalRegional(departements: readonly LigneBailleur[], nom = 'Hauts-de-France'): LigneBailleur {
	const avecObjectif = departements.filter((d) => d.statut_objectif != null);
	const nonFixe = avecObjectif.find((d) => d.objectif == null);
	return {
		niveau: 'region',
		code: '32',
		nom,
		objectif: nonFixe || avecObjectif.length === 0 ? null : avecObjectif.reduce((s, d) => s + (d.objectif ?? 0), 0),
		statut_objectif: nonFixe ? nonFixe.statut_objectif : avecObjectif.length === 0 ? null : 'fixe',
		realise: departements.reduce((s, d) => s + d.realise, 0),
		attributions: departements.reduce((s, d) => s + d.attributions, 0)
	};
}

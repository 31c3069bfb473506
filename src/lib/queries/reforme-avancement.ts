/**
 * Progress of the attribution reform in each EPCI of its perimeter at a date: the dates
 * of its steps (first CIL, framework orientations, CIA, PPGDID) and whether each was
 * reached on or before the date. Counts and shares are computed from these rows.
 */
import { query, type Query } from './query';

export interface ReformeAvancementRow {
	siren: string;
	nom: string;
	/** Department holding most of the EPCI's population. */
	code_departement: string;
	/** Dates of the steps, `YYYY-MM-DD`; null when not (yet) reached in the extract. */
	date_premiere_cil: string | null;
	date_orientations: string | null;
	date_cia: string | null;
	date_ppgdid: string | null;
	/** Whether each step's date is on or before the date asked (false when the date is missing). */
	premiere_cil: boolean;
	orientations: boolean;
	cia: boolean;
	ppgdid: boolean;
	/** Scoring of the demand active in the SNE: state at the extract's date (the extract has no date for it). */
	cotation_active: boolean;
	/** Target share of outside-QPV attributions to 1st-quartile households set in the EPCI's CIA, in % (20 = 20 %); null: the law's 25 %. */
	taux_cible_hors_qpv_q1: number | null;
}

/** @param date `YYYY-MM-DD`: a step counts when its date is on or before it. */
export function reformeAvancement(date: string): Query<ReformeAvancementRow> {
	return query<ReformeAvancementRow>(
		'reforme-avancement',
		`SELECT r.siren_epci AS siren, t.nom, t.code_departement,
  strftime(r.date_premiere_cil, '%Y-%m-%d') AS date_premiere_cil,
  strftime(r.date_orientations, '%Y-%m-%d') AS date_orientations,
  strftime(r.date_cia, '%Y-%m-%d') AS date_cia,
  strftime(r.date_ppgdid, '%Y-%m-%d') AS date_ppgdid,
  COALESCE(r.date_premiere_cil <= $1::DATE, false) AS premiere_cil,
  COALESCE(r.date_orientations <= $1::DATE, false) AS orientations,
  COALESCE(r.date_cia <= $1::DATE, false) AS cia,
  COALESCE(r.date_ppgdid <= $1::DATE, false) AS ppgdid,
  COALESCE(r.cotation_active, false) AS cotation_active,
  r.taux_cible_hors_qpv_q1::INTEGER AS taux_cible_hors_qpv_q1
FROM reforme r JOIN territoires t ON t.niveau = 'epci' AND t.code = r.siren_epci
WHERE r.perimetre
ORDER BY t.code_departement, t.nom`,
		[date]
	);
}

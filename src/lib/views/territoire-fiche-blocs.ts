/**
 * The attribution reform and FNAVDL parts of a territory sheet, picked from the regional rows
 * (pure): a department gathers its EPCI of the reform perimeter; an EPCI shows its own.
 */
import type { QuartilesCounts } from '../queries/reforme-quartiles';
import type { ReformeAvancementRow } from '../queries/reforme-avancement';
import type { TerritoiresRegion } from './territoire-fiche-region';

/** The law's target share of outside-QPV attributions to 1st-quartile households, in % (Égalité-Citoyenneté). */
export const CIBLE_HORS_QPV_Q1 = 25;

export interface ReformeFiche {
	/** EPCI of the reform perimeter in the territory (0 or 1 for an EPCI). */
	epciPerimetre: number;
	/** Quartile counts, 1 January → date, of the perimeter's EPCI in the territory; null outside the perimeter. */
	quartiles: QuartilesCounts | null;
	/** Target share of outside-QPV 1st-quartile attributions, in % (the EPCI's CIA, else 25). */
	cible: number;
	/** The EPCI's steps; null for a department or outside the perimeter. */
	avancement: ReformeAvancementRow | null;
	/** A department's perimeter EPCI having reached each step at the date (null for an EPCI). */
	etapes: { premiere_cil: number; orientations: number; cia: number; ppgdid: number; cotation_active: number } | null;
}

export interface FnavdlFiche {
	/** Year of the call for projects (the year before the date's). */
	annee: number;
	/** Date of the priority stock, 1 January of the date's year, `YYYY-MM-DD`. */
	dateStock: string;
	/** Retained projects localised in the EPCI; null for a department (all its projects count). */
	projets: number | null;
	/** Households to accompany (access + maintenance) in the retained projects; 0 when none. */
	menages_a_accompagner: number;
	/** Households accompanied at the projects' last count. */
	menages_accompagnes: number;
	/** Priority households waiting at `dateStock`; null when not observed. */
	stock_prioritaires: number | null;
}

export function reformeDuTerritoire(region: TerritoiresRegion, niveau: 'departement' | 'epci', code: string): ReformeFiche {
	const row = region.reforme.quartiles.find((q) => q.niveau === niveau && q.code === code);
	const avancements = region.reforme.avancement.filter((a) => (niveau === 'epci' ? a.siren === code : a.code_departement === code));
	const quartiles = row && avancements.length > 0 ? { hors_qpv: row.hors_qpv, hors_qpv_q1: row.hors_qpv_q1, qpv: row.qpv, qpv_q2_q4: row.qpv_q2_q4, qpv_q4: row.qpv_q4 } : null;
	const count = (step: keyof Pick<ReformeAvancementRow, 'premiere_cil' | 'orientations' | 'cia' | 'ppgdid' | 'cotation_active'>) => avancements.filter((a) => a[step]).length;
	return {
		epciPerimetre: avancements.length,
		quartiles,
		cible: (niveau === 'epci' ? row?.taux_cible_hors_qpv_q1 : null) ?? CIBLE_HORS_QPV_Q1,
		avancement: niveau === 'epci' ? (avancements[0] ?? null) : null,
		etapes:
			niveau === 'departement'
				? { premiere_cil: count('premiere_cil'), orientations: count('orientations'), cia: count('cia'), ppgdid: count('ppgdid'), cotation_active: count('cotation_active') }
				: null
	};
}

export function fnavdlDuTerritoire(region: TerritoiresRegion, niveau: 'departement' | 'epci', code: string): FnavdlFiche {
	const { annee, dateStock } = region.fnavdl;
	if (niveau === 'departement') {
		const d = region.fnavdl.departements.find((r) => r.niveau === 'departement' && r.code === code);
		return { annee, dateStock, projets: null, menages_a_accompagner: d?.menages_a_accompagner ?? 0, menages_accompagnes: d?.menages_accompagnes ?? 0, stock_prioritaires: d?.stock_prioritaires ?? null };
	}
	const e = region.fnavdl.epci.find((r) => r.siren === code);
	// An EPCI without localised projects: its stock still comes from the priority line of the sheet.
	const stock = region.publics.prioritaires.epci.find((r) => r.code === code)?.stock_debut_annee ?? null;
	return { annee, dateStock, projets: e?.projets ?? 0, menages_a_accompagner: e?.menages_a_accompagner ?? 0, menages_accompagnes: e?.menages_accompagnes ?? 0, stock_prioritaires: e?.stock_prioritaires ?? stock };
}

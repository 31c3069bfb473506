/**
 * The sheet of one department or EPCI at a date: its three publics, trajectories, EPCI (for a
 * department), bailleurs, rank among the territories of its level, reform shares and FNAVDL
 * coverage. Built from {@link TerritoiresRegion} (pure), or loaded for one date (both engines).
 */
import type { QueryRunner } from '../queries/query';
import { INDICATEURS, type Indicateur } from '../contract/inputs';
import { PUBLICS } from '../queries/publics';
import type { EpciRealisationRow } from '../queries/epci-realisation';
import type { ObjectifRealisationRow } from '../queries/objectifs-realisation';
import type { TerritoireBailleurRow } from '../queries/territoire-bailleurs';
import { monthsElapsed, part, tauxADate } from '../indicators/rates';
import { trajectoireCumulee, type Trajectoire } from './trajectoire-points';
import { loadTerritoiresRegion, type TerritoiresRegion } from './territoire-fiche-region';
import { rangParmi, type Rang } from './territoire-fiche-rangs';
import { reformeDuTerritoire, fnavdlDuTerritoire, type ReformeFiche, type FnavdlFiche } from './territoire-fiche-blocs';

/** One public's line of the sheet: counts of the territory (rates are computed from them); stocks null when not observed at this level. */
export type LignePublic = Pick<ObjectifRealisationRow, 'objectif' | 'statut_objectif' | 'realise' | 'attributions' | 'stock' | 'stock_debut_annee'> & {
	indicateur: Indicateur;
	label: string;
};

/** An EPCI of a department's sheet: its line for each public. */
export interface EpciFiche {
	code: string;
	nom: string;
	publics: Record<Indicateur, EpciRealisationRow>;
}

export interface TerritoireFiche {
	/** Month end, `YYYY-MM-DD`. */
	date: string;
	niveau: 'departement' | 'epci';
	/** Department code or EPCI SIREN. */
	code: string;
	nom: string;
	/** The department (of an EPCI: the one holding most of its population). */
	code_departement: string;
	nom_departement: string;
	publics: LignePublic[];
	trajectoires: Record<Indicateur, Trajectoire>;
	/** The department's EPCI by name; empty on an EPCI's sheet. */
	epci: EpciFiche[];
	/** Bailleurs with attributions or an objective in the territory. */
	bailleurs: TerritoireBailleurRow[];
	rangs: Rang[];
	reforme: ReformeFiche;
	fnavdl: FnavdlFiche;
}

const ABSENCE_OBJECTIF = 'objectif non fixé';
/** Short names of the publics, inside a sentence. */
export const PUBLICS_COURTS: Record<Indicateur, string> = { prioritaires: 'ménages prioritaires', sortants_hebergement: "sortants d'hébergement", sans_abri: 'ménages sans-abri' };

function rangs(region: TerritoiresRegion, niveau: 'departement' | 'epci', code: string): Rang[] {
	const lignes = (i: Indicateur) => (niveau === 'epci' ? region.publics[i].epci : region.publics[i].departements.filter((d) => d.niveau === 'departement'));
	const rang = (cle: string, libelle: string, absence: string, valeurs: { code: string; valeur: number | null }[]): Rang => ({
		cle, libelle, absence, total: valeurs.length, ...rangParmi(code, valeurs)
	});
	return [
		...INDICATEURS.map((i) =>
			rang(`taux-${i}`, `Taux de réalisation à date, ${PUBLICS_COURTS[i]}`, ABSENCE_OBJECTIF,
				lignes(i).map((l) => ({ code: l.code, valeur: tauxADate(l.realise, l.objectif, region.date) })))
		),
		rang('part-prioritaires', 'Part des ménages prioritaires dans les attributions', 'aucune attribution',
			lignes('prioritaires').map((l) => ({ code: l.code, valeur: part(l.realise, l.attributions) })))
	];
}

/** The sheet of `code` (department code or EPCI SIREN); null when the region has no such territory. */
export function ficheDuTerritoire(region: TerritoiresRegion, code: string): TerritoireFiche | null {
	const departement = region.publics.prioritaires.departements.find((d) => d.niveau === 'departement' && d.code === code);
	const epci = region.publics.prioritaires.epci.find((e) => e.code === code);
	if (!departement && !epci) return null;
	const niveau = departement ? 'departement' : 'epci';
	const codeDepartement = departement ? code : epci!.code_departement;
	const ligne = (i: Indicateur) =>
		niveau === 'departement' ? region.publics[i].departements.find((d) => d.code === code)! : region.publics[i].epci.find((e) => e.code === code)!;
	const annee = Number(region.date.slice(0, 4));
	const mensuel = region.mensuel.filter((m) => m.niveau === niveau && m.code === code);
	const trajectoire = (i: Indicateur) =>
		trajectoireCumulee(mensuel.map((m) => ({ annee: m.annee, mois: m.mois, realise: m[i] })), annee, monthsElapsed(region.date), ligne(i).objectif);
	const epciDuDepartement = niveau === 'departement' ? region.publics.prioritaires.epci.filter((e) => e.code_departement === code) : [];
	return {
		date: region.date,
		niveau,
		code,
		nom: (departement ?? epci)!.nom,
		code_departement: codeDepartement,
		nom_departement: region.publics.prioritaires.departements.find((d) => d.code === codeDepartement)?.nom ?? codeDepartement,
		publics: INDICATEURS.map((i) => {
			const { objectif, statut_objectif, realise, attributions, stock, stock_debut_annee } = ligne(i);
			return { indicateur: i, label: PUBLICS[i].label, objectif, statut_objectif, realise, attributions, stock, stock_debut_annee };
		}),
		trajectoires: Object.fromEntries(INDICATEURS.map((i) => [i, trajectoire(i)])) as Record<Indicateur, Trajectoire>,
		epci: epciDuDepartement.map((e) => ({
			code: e.code,
			nom: e.nom,
			publics: Object.fromEntries(INDICATEURS.map((i) => [i, region.publics[i].epci.find((x) => x.code === e.code)!])) as Record<Indicateur, EpciRealisationRow>
		})),
		bailleurs: region.bailleurs.filter((b) => b.niveau === niveau && b.code === code),
		rangs: rangs(region, niveau, code),
		reforme: reformeDuTerritoire(region, niveau, code),
		fnavdl: fnavdlDuTerritoire(region, niveau, code)
	};
}

/** @param date month end `YYYY-MM-DD` validated against the available dates; rejects in French for an unknown territory. */
export async function loadTerritoireFiche(runner: QueryRunner, date: string, code: string): Promise<TerritoireFiche> {
	const fiche = ficheDuTerritoire(await loadTerritoiresRegion(runner, date), code);
	if (!fiche) throw new Error(`Territoire inconnu : ${code.slice(0, 20)}`);
	return fiche;
}

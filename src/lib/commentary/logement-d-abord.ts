/**
 * Commentary of a Logement d'abord slide (sortants d'hébergement, sans-abri), as the deck:
 * « Baisse de 14 % des attributions à ce public par rapport à fin avril 2021, où 650
 * attributions avaient été réalisées ».
 */
import { evolution, part, tauxADate } from '../indicators/rates';
import { repartitionParBande, type Band } from '../indicators/bands';
import { formatDateAu, formatMonth, formatPercent } from '../format';
import type { LigneTerritoire } from '../views/territoire-lignes';
import { compte, enTendance, lieu, liste, tendance, type Nom } from './langue';

const RELOGES: Nom = { singulier: 'ménage relogé', pluriel: 'ménages relogés' };
const BAILLEURS: Nom = { singulier: 'bailleur', pluriel: 'bailleurs' };
const ATTRIBUTIONS: Nom = { singulier: 'attribution', pluriel: 'attributions' };

/** « aux sortants d'hébergement », « aux ménages sans-abri ». */
export const DESTINATAIRES: Record<'sortants_hebergement' | 'sans_abri', string> = {
	sortants_hebergement: "aux sortants d'hébergement",
	sans_abri: 'aux ménages sans-abri'
};

const BANDE_TEXTE: Record<Band['id'], string> = {
	'moins-50': 'à moins de 50 %',
	'50-75': 'de 50 à 75 %',
	'75-100': 'de 75 à 100 %',
	'plus-100': 'à 100 % et plus'
};

export interface LogementDAbordCommentaireInput {
	indicateur: keyof typeof DESTINATAIRES;
	/** The territory's row at the date (region, department or EPCI). */
	total: LigneTerritoire;
	/** The same territory one year earlier; undefined when absent. */
	precedent?: Pick<LigneTerritoire, 'realise' | 'objectif' | 'attributions'>;
	/** Month end `YYYY-MM-DD`, and the same month end of the previous year. */
	date: string;
	datePrecedente: string;
	/** Bailleurs of the territory (their objective and attributions) for the band bullet; omitted: no such bullet. */
	bailleurs?: readonly { objectif: number | null; realise: number }[];
}

function objectifBullet({ indicateur, total, precedent, date }: LogementDAbordCommentaireInput): string {
	const annee = Number(date.slice(0, 4));
	const qui = total.niveau === 'region' ? `Objectif régional pour ${annee}` : `Objectif ${annee} ${lieu(total.niveau, total.code, total.nom).replace(/^dans /, 'pour ')}`;
	if (total.objectif == null) return `${qui} ${total.niveau === 'epci' && total.statut_objectif == null ? 'non fixé' : 'en cours de finalisation'}`;
	let text = `${qui} : ${compte(total.objectif, ATTRIBUTIONS)} ${DESTINATAIRES[indicateur]}`;
	const evol = evolution(total.objectif, precedent?.objectif ?? null);
	if (evol != null) text += `, ${enTendance(evol)} par rapport à ${annee - 1}`;
	return text;
}

function bilanBullet({ total, date }: LogementDAbordCommentaireInput): string {
	const taux = tauxADate(total.realise, total.objectif, date);
	const poids = part(total.realise, total.attributions);
	const soit = [
		...(taux != null ? [`${formatPercent(taux)} de l'objectif à date`] : []),
		...(poids != null ? [`${formatPercent(poids, 1)} des attributions totales`] : [])
	];
	return `Bilan ${formatDateAu(date)} : ${compte(total.realise, RELOGES)}${soit.length ? `, soit ${liste(soit)}` : ''}`;
}

function comparaisonBullet({ total, precedent, datePrecedente }: LogementDAbordCommentaireInput): string | null {
	if (!precedent) return null;
	const fin = `fin ${formatMonth(datePrecedente)}`;
	const evol = evolution(total.realise, precedent.realise);
	const ensemble = evolution(total.attributions, precedent.attributions);
	const rappel = ensemble != null ? ` (ensemble des attributions : ${enTendance(ensemble)})` : '';
	if (evol == null) return `Aucune attribution à ce public à ${fin}${rappel}`;
	const avaient = precedent.realise < 2 ? 'avait été réalisée' : 'avaient été réalisées';
	return `${tendance(evol)} des attributions à ce public par rapport à ${fin}, où ${compte(precedent.realise, ATTRIBUTIONS)} ${avaient}${rappel}`;
}

function bandesBullet({ bailleurs, date }: LogementDAbordCommentaireInput): string | null {
	if (!bailleurs) return null;
	const taux = bailleurs.map((b) => tauxADate(b.realise, b.objectif, date));
	const n = taux.filter((t) => t != null).length;
	if (n === 0) return null;
	const parts = repartitionParBande(taux).filter((b) => b.count > 0).map((b) => `${compte(b.count, BAILLEURS)} ${BANDE_TEXTE[b.band.id]}`);
	return `Bailleurs selon la part de leur objectif atteinte à date : ${liste(parts)}`;
}

/** The bullets (2 to 4): objective, result at date, change over a year, bailleurs by band. */
export function commentaireLogementDAbord(input: LogementDAbordCommentaireInput): string[] {
	return [objectifBullet(input), bilanBullet(input), comparaisonBullet(input), bandesBullet(input)].filter((b): b is string => b != null);
}

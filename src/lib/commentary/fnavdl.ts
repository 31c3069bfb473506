/**
 * Commentary of the FNAVDL slide: the regional call for projects of the previous year,
 * the envelopes, households to accompany and the coverage of the priority stock.
 */
import type { FnavdlDepartement } from '../views/fnavdl';
import type { FnavdlEnveloppeRow } from '../queries/fnavdl-enveloppes';
import { evolution, part } from '../indicators/rates';
import { formatDateAu, formatEuros, formatPercent } from '../format';
import { compte, enTendance, type Nom } from './langue';

const DOSSIERS: Nom = { singulier: 'dossier déposé', pluriel: 'dossiers déposés' };
const PROJETS: Nom = { singulier: 'projet retenu', pluriel: 'projets retenus' };
const A_ACCOMPAGNER: Nom = { singulier: 'ménage à accompagner', pluriel: 'ménages à accompagner' };
const ACCOMPAGNES: Nom = { singulier: 'ménage accompagné', pluriel: 'ménages accompagnés' };
const EN_ATTENTE: Nom = { singulier: 'ménage prioritaire en attente', pluriel: 'ménages prioritaires en attente' };

export interface FnavdlCommentaireInput {
	/** Year of the call for projects. */
	annee: number;
	/** The region's (or department's) row of the call. */
	total: FnavdlDepartement;
	/** Envelopes of the call's year and of the next one, same level as `total`; undefined when absent. */
	enveloppe?: FnavdlEnveloppeRow;
	enveloppeSuivante?: FnavdlEnveloppeRow;
	/** Date of the priority stock, `YYYY-MM-DD` (1 January after the call). */
	dateStock: string;
}

function appelBullet({ annee, total }: FnavdlCommentaireInput): string | null {
	if (total.deposes === 0) return null;
	let text = `Appel à projets ${annee} : ${compte(total.deposes, DOSSIERS)}, ${compte(total.retenus, PROJETS)} (${formatPercent(part(total.retenus, total.deposes))})`;
	const partenariats = part(total.partenariats, total.retenus);
	if (partenariats != null) text += `, dont ${formatPercent(partenariats)} portés par un partenariat bailleurs–associations`;
	return text;
}

function enveloppeBullet({ annee, enveloppe, enveloppeSuivante }: FnavdlCommentaireInput): string | null {
	if (!enveloppeSuivante) return null;
	let text = `Enveloppe ${annee + 1} : ${formatEuros(enveloppeSuivante.enveloppe_eur)}`;
	const evol = evolution(enveloppeSuivante.enveloppe_eur, enveloppe?.enveloppe_eur ?? null);
	if (evol != null && enveloppe) text += `, ${enTendance(evol)} par rapport à ${annee} (${formatEuros(enveloppe.enveloppe_eur)})`;
	return text;
}

function couvertureBullet({ total, dateStock }: FnavdlCommentaireInput): string | null {
	const aAccompagner = total.menages_acces + total.menages_maintien;
	if (aAccompagner === 0) return null;
	let text = `${compte(aAccompagner, A_ACCOMPAGNER)} (objectifs conventionnés)`;
	const couverture = part(aAccompagner, total.stock_prioritaires);
	if (couverture != null && total.stock_prioritaires != null) {
		text += `, soit ${formatPercent(couverture, 1)} des ${compte(total.stock_prioritaires, EN_ATTENTE)} ${formatDateAu(dateStock)}`;
	}
	return text;
}

function accompagnesBullet({ total }: FnavdlCommentaireInput): string | null {
	const aAccompagner = total.menages_acces + total.menages_maintien;
	if (aAccompagner === 0 || !total.date_accompagnes) return null;
	return `${compte(total.menages_accompagnes, ACCOMPAGNES)} ${formatDateAu(total.date_accompagnes)}, soit ${formatPercent(part(total.menages_accompagnes, aAccompagner))} de l'objectif`;
}

/** The bullets (2 to 4): the call, the next envelope, households to accompany and coverage, households accompanied. */
export function commentaireFnavdl(input: FnavdlCommentaireInput): string[] {
	return [appelBullet(input), enveloppeBullet(input), couvertureBullet(input), accompagnesBullet(input)].filter((b): b is string => b != null);
}

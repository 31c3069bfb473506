/**
 * Commentary of the map slides by EPCI, as the deck: « Des pourcentages qui varient entre 7 et
 * 42 % » (share of priority households in attributions, previous year) and the sortants
 * d'hébergement objective reached at date by EPCI.
 */
import { part, tauxADate } from '../indicators/rates';
import { formatCount, formatDateAu } from '../format';
import { compte, fourchette, type Nom } from './langue';

const EPCI: Nom = { singulier: 'EPCI', pluriel: 'EPCI' };
/** Share of each reservation quota due to priority households (art. L441-1 CCH). */
export const QUART_LEGAL = 0.25;

const RAPPEL =
	'Rappel : tous les réservataires doivent consacrer un quart de leur contingent aux ménages prioritaires (L441-1 CCH), ainsi que tous les bailleurs sur leur part hors contingent';

/**
 * @param annee the year counted whole
 * @param rows each EPCI's attributions to priority households and all attributions of `annee`
 */
export function commentairePartEpci(annee: number, rows: readonly { prioritaires: number; attributions: number }[]): string[] {
	const shares = rows.map((r) => part(r.prioritaires, r.attributions)).filter((s): s is number => s != null);
	if (shares.length === 0) return [`Aucune attribution par EPCI en ${annee}.`];
	const reached = shares.filter((s) => s >= QUART_LEGAL).length;
	if (shares.length === 1) return [`Situation à fin ${annee} : ${fourchette(shares)} des attributions aux ménages prioritaires`, RAPPEL];
	const bullets = [`Situation à fin ${annee} : part des attributions aux ménages prioritaires ${fourchette(shares)} selon les EPCI`];
	const sur = `sur ${formatCount(shares.length)}`;
	bullets.push(reached === 0 ? `Aucun EPCI ${sur} n'atteint le quart des attributions` : `${compte(reached, EPCI)} ${sur} ${reached < 2 ? 'atteint' : 'atteignent'} le quart des attributions`);
	bullets.push(RAPPEL);
	return bullets;
}

/**
 * @param date month end `YYYY-MM-DD`
 * @param rows each EPCI's annual objective (null: none fixed) and attributions from 1 January
 */
export function commentaireTauxEpci(date: string, rows: readonly { objectif: number | null; realise: number }[]): string[] {
	const taux = rows.map((r) => tauxADate(r.realise, r.objectif, date)).filter((t): t is number => t != null);
	const sans = rows.length - taux.length;
	if (taux.length === 0) return [`Aucun objectif territorialisé par EPCI ${formatDateAu(date)}.`];
	const atteint = taux.filter((t) => t >= 1).length;
	if (rows.length === 1) return [`Bilan de l'objectif territorialisé ${formatDateAu(date)} : ${fourchette(taux)} de l'objectif à date`, atteint ? 'Objectif atteint à date' : 'Objectif non atteint à date'];
	const bullets = [`Bilan des objectifs territorialisés ${formatDateAu(date)} : ${fourchette(taux)} de l'objectif à date selon les EPCI`];
	const sur = `sur ${formatCount(taux.length)}`;
	bullets.push(atteint === 0 ? `Aucun EPCI ${sur} n'a atteint son objectif à date` : `${compte(atteint, EPCI)} ${sur} ${atteint < 2 ? 'a' : 'ont'} atteint ${atteint < 2 ? 'son' : 'leur'} objectif à date`);
	if (sans > 0) bullets.push(`${compte(sans, EPCI)} sans objectif territorialisé`);
	return bullets;
}

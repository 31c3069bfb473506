/**
 * Commentary of the priority households slide (DALO / PDALHPD), as the June 2022 deck
 * writes it: « Bilan au 31 mai 2022 : 3 859 ménages prioritaires relogés, soit entre 71 et
 * 113 % de l'objectif à date selon les départements ».
 */
import { evolution, part, tauxADate } from '../indicators/rates';
import { formatCount, formatDateAu, formatPercent } from '../format';
import type { LigneTerritoire } from '../views/territoire-lignes';
import { accorde, avecArticle, compte, enTendance, fourchette, liste, lieu, type Nom } from './langue';

const RELOGES: Nom = { singulier: 'ménage prioritaire relogé', pluriel: 'ménages prioritaires relogés' };
const EN_ATTENTE: Nom = { singulier: 'ménage prioritaire en attente', pluriel: 'ménages prioritaires en attente' };

/** « selon les départements » / « selon les EPCI »: what the sub-rows of a territory are. */
function selonLes(niveau: LigneTerritoire['niveau']): string {
	return niveau === 'region' ? 'selon les départements' : 'selon les EPCI';
}

/** Rows of a missing objective among `rows` (the region's own status follows its departments). */
const sansObjectif = (rows: readonly LigneTerritoire[]) => rows.filter((r) => r.objectif == null);

/**
 * The bullets (2 to 4) of the slide.
 * @param rows the territory's row first (region, department or EPCI), then its sub-rows
 * (departments of the region, EPCI of a department), as `lignesDuTerritoire` gives them.
 * @param date month end `YYYY-MM-DD`
 */
export function commentairePrioritaires(rows: readonly LigneTerritoire[], date: string): string[] {
	const [total, ...detail] = rows;
	if (!total) return [`Aucune donnée ${formatDateAu(date)}.`];
	const annee = date.slice(0, 4);
	const bullets: string[] = [];

	const tauxDetail = detail.map((r) => tauxADate(r.realise, r.objectif, date)).filter((t): t is number => t != null);
	const tauxTotal = tauxADate(total.realise, total.objectif, date);
	const plage = fourchette(tauxDetail);
	let bilan = `Bilan ${formatDateAu(date)} : ${compte(total.realise, RELOGES)}`;
	if (total.niveau !== 'region') bilan += ` ${lieu(total.niveau, total.code, total.nom)}`;
	if (tauxTotal != null) {
		bilan += `, soit ${formatPercent(tauxTotal)} de l'objectif à date`;
		if (tauxDetail.length > 1 && plage) bilan += ` (${plage} ${selonLes(total.niveau)})`;
	} else if (tauxDetail.length > 1 && plage) {
		bilan += `, soit ${plage} de l'objectif à date ${selonLes(total.niveau)}`;
	}
	bullets.push(bilan);

	const partTotale = part(total.realise, total.attributions);
	// One decimal, as the table's column (the deck rounded it to 21 %).
	if (partTotale != null) bullets.push(`${formatPercent(partTotale, 1)} des attributions totales sont allées aux ménages prioritaires`);

	const manquants = sansObjectif(total.niveau === 'region' ? detail : [total]);
	if (manquants.length > 0 && total.niveau !== 'epci') {
		const noms = liste(manquants.map((r) => avecArticle(r.code, r.nom)));
		const suite = total.niveau === 'region' ? ', et donc pour la région' : '';
		bullets.push(`Objectif ${annee} en cours de finalisation pour ${noms}${suite} : pas de taux de réalisation`);
	}

	if (total.stock != null) {
		const evol = evolution(total.stock, total.stock_debut_annee);
		let stock = `${formatCount(total.stock)} ${accorde(total.stock, EN_ATTENTE)} de logement ${formatDateAu(date)}`;
		if (evol != null) stock += `, ${enTendance(evol)} depuis le 1er janvier`;
		bullets.push(stock);
	}
	return bullets;
}

/**
 * The slide sequence of a commission, following the June 2022 deck's agenda: a title slide,
 * then 1) priority households (table, map by EPCI), 2) sortants d'hébergement (table, map by
 * EPCI) and sans-abri, as the deck, 3) the attribution reform, 4) FNAVDL. Each slide carries its as-of date, the
 * page of the site it comes from and its commentary bullets.
 */
import { commentaireFnavdl, commentaireLogementDAbord, commentairePartEpci, commentairePrioritaires, commentaireReforme, commentaireTauxEpci, type ReformeCommentaireInput } from '../commentary';
import type { CommissionData } from '../views/commission';
import { departementDe, epciDuTerritoire, lignesDuTerritoire, nomDuTerritoire } from '../views/territoire-lignes';

export type SlideId = 'titre' | 'prioritaires' | 'prioritaires-epci' | 'sortants' | 'sortants-epci' | 'sans-abri' | 'reforme' | 'fnavdl';

export interface SlideInfo {
	id: SlideId;
	/** Agenda item the slide belongs to (« 1) Ménages prioritaires (DALO / PDALHPD) »); '' for the title. */
	section: string;
	titre: string;
	/** As-of date of its figures, `YYYY-MM-DD`. */
	date: string;
	/** Site page of the same figures (Escape leaves to it). */
	page: string;
	/** 2 to 4 commentary bullets (none on the title slide). */
	bullets: string[];
}

/** The deck's agenda, as the title slide lists it. */
export const ORDRE_DU_JOUR = [
	'1) Ménages prioritaires (DALO / PDALHPD)',
	"2) Ménages en sortie d'hébergement et sans-abri (Logement d'abord)",
	'3) Réforme des attributions',
	'4) Accompagnement vers et dans le logement (FNAVDL)'
] as const;

/** Name of the commission's territory (« Hauts-de-France », « Nord », an EPCI's name). */
export function nomDeLaCommission(data: CommissionData): string {
	return nomDuTerritoire(data.territoire, data.prioritaires.departements, data.prioritaires.epci);
}

/**
 * @param reforme the reform rows of the commission's territory (`selectTerritoire` of the reform page)
 */
export function slidesDeLaCommission(data: CommissionData, reforme: Omit<ReformeCommentaireInput, 'date'>): SlideInfo[] {
	const { territoire, dates } = data;
	const departement = departementDe(territoire, data.prioritaires.epci);
	const prioritaires = lignesDuTerritoire(territoire, data.prioritaires.departements, data.prioritaires.epci);
	const logement = data.logement.publics.map((p) => {
		const [total] = lignesDuTerritoire(territoire, p.rows, p.epci);
		const precedent = p.rowsAnneePrecedente.find((r) => r.code === total?.code);
		const bailleurs = departement ? p.bailleursDepartements.filter((b) => b.code_departement === departement) : p.bailleurs;
		const bullets = total
			? commentaireLogementDAbord({
					indicateur: p.indicateur,
					total,
					precedent,
					date: data.logement.date,
					datePrecedente: data.logement.datePrecedente,
					bailleurs: p.indicateur === 'sortants_hebergement' ? bailleurs : undefined
				})
			: [];
		return { indicateur: p.indicateur, bullets };
	});
	const fnavdl = data.fnavdl;
	const fnavdlTotal = fnavdl.departements.find((d) => d.code === departement) ?? fnavdl.departements.find((d) => d.niveau === 'region');
	const enveloppe = (i: number) => fnavdl.enveloppes[i]?.rows.find((r) => r.code === fnavdlTotal?.code);
	const section2 = ORDRE_DU_JOUR[1];
	const partEpci = epciDuTerritoire(territoire, data.partEpci.rows.map((r) => ({ ...r, code: r.siren })));
	const sortantsEpci = epciDuTerritoire(territoire, data.logement.publics.find((p) => p.indicateur === 'sortants_hebergement')?.epci ?? []);
	return [
		{ id: 'titre', section: '', titre: 'Commission spécialisée PDALHPD', date: data.date, page: '/', bullets: [] },
		{ id: 'prioritaires', section: ORDRE_DU_JOUR[0], titre: 'Attributions aux ménages prioritaires (DALO / PDALHPD)', date: dates.prioritaires, page: '/prioritaires', bullets: commentairePrioritaires(prioritaires, dates.prioritaires) },
		{
			id: 'prioritaires-epci',
			section: ORDRE_DU_JOUR[0],
			titre: 'Part des attributions aux ménages prioritaires par EPCI',
			date: `${data.partEpci.annee}-12-31`,
			page: '/prioritaires',
			bullets: commentairePartEpci(data.partEpci.annee, partEpci)
		},
		{ id: 'sortants', section: section2, titre: "Attributions aux sortants d'hébergement", date: dates.logementDAbord, page: '/logement-d-abord', bullets: logement.find((l) => l.indicateur === 'sortants_hebergement')?.bullets ?? [] },
		{
			id: 'sortants-epci',
			section: section2,
			titre: "Sortants d'hébergement : objectifs territorialisés par EPCI",
			date: dates.logementDAbord,
			page: '/logement-d-abord',
			bullets: commentaireTauxEpci(dates.logementDAbord, sortantsEpci)
		},
		{ id: 'sans-abri', section: section2, titre: 'Attributions aux ménages sans-abri', date: dates.logementDAbord, page: '/logement-d-abord', bullets: logement.find((l) => l.indicateur === 'sans_abri')?.bullets ?? [] },
		{
			id: 'reforme',
			section: ORDRE_DU_JOUR[2],
			titre: 'Réforme des attributions : avancement et loi Égalité et Citoyenneté',
			date: dates.reforme,
			page: '/reforme',
			bullets: commentaireReforme({ date: dates.reforme, avancement: reforme.avancement, total: reforme.total, epci: reforme.epci })
		},
		{
			id: 'fnavdl',
			section: ORDRE_DU_JOUR[3],
			titre: `FNAVDL : appel à projets ${fnavdl.annee} et enveloppes`,
			date: dates.fnavdl,
			page: '/fnavdl',
			bullets: fnavdlTotal ? commentaireFnavdl({ annee: fnavdl.annee, total: fnavdlTotal, enveloppe: enveloppe(0), enveloppeSuivante: enveloppe(1), dateStock: fnavdl.dateStock }) : []
		}
	];
}

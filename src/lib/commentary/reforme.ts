/**
 * Commentary of the attribution reform slide: progress of the perimeter's EPCI, the
 * Égalité-Citoyenneté shares outside QPV (1st quartile and NPNRU) and in QPV (quartiles 2–4).
 */
import type { ReformeAvancementRow } from '../queries/reforme-avancement';
import type { QuartilesCounts } from '../queries/reforme-quartiles';
import { atteint, cibleHorsQpv, CIBLE_QPV_Q2_Q4, compterEtapes, partHorsQpvQ1, partQpvQ2Q4, partQpvQ4, type EtapeKey } from '../views/reforme-indicateurs';
import { formatCount, formatMonth, formatPercent } from '../format';
import { compte, fourchette, liste, type Nom } from './langue';

const EPCI: Nom = { singulier: 'EPCI', pluriel: 'EPCI' };

/** Each step as a past participle clause, in the deck's order. */
const ETAPE_TEXTE: Record<EtapeKey, string> = {
	premiere_cil: '1re CIL tenue',
	orientations: 'orientations cadre adoptées',
	cia: 'CIA signée',
	ppgdid: 'PPGDID adopté'
};

export interface ReformeCommentaireInput {
	/** Month end `YYYY-MM-DD`. */
	date: string;
	/** The perimeter's EPCI of the territory. */
	avancement: readonly ReformeAvancementRow[];
	/** The territory's counts from 1 January to the date. */
	total: QuartilesCounts;
	/** Each EPCI's counts and own target (% set in its CIA, null: the law's 25 %). */
	epci: readonly (QuartilesCounts & { taux_cible_hors_qpv_q1: number | null })[];
}

function avancementBullet({ date, avancement }: ReformeCommentaireInput): string | null {
	if (avancement.length === 0) return null;
	const n = avancement.length;
	const etapes = compterEtapes(avancement).map((c) => `${ETAPE_TEXTE[c.etape.key]} dans ${formatCount(c.count)} (${formatPercent(c.share)})`);
	const doivent = n === 1 ? 'doit' : 'doivent';
	return `${compte(n, EPCI)} ${doivent} mettre en œuvre la réforme ; à fin ${formatMonth(date)}, ${liste(etapes)}`;
}

function horsQpvBullet({ total, epci }: ReformeCommentaireInput): string | null {
	const share = partHorsQpvQ1(total);
	if (share == null) return null;
	let text = `Hors QPV, ${formatPercent(share)} des attributions aux ménages du 1er quartile et relogés ANRU (objectif : 25 %)`;
	const shares = epci.map((e) => ({ e, s: partHorsQpvQ1(e) })).filter((x): x is { e: (typeof epci)[number]; s: number } => x.s != null);
	if (shares.length > 1) {
		const reached = shares.filter(({ e, s }) => atteint(s, cibleHorsQpv(e.taux_cible_hors_qpv_q1))).length;
		text += ` ; ${fourchette(shares.map((x) => x.s))} selon les EPCI, ${reached === 0 ? 'aucun EPCI' : compte(reached, EPCI)} atteignant l'objectif`;
	}
	return text;
}

function qpvBullet({ total, epci }: ReformeCommentaireInput): string | null {
	const share = partQpvQ2Q4(total);
	if (share == null) return null;
	let text = `En QPV, ${formatPercent(share)} des attributions aux ménages des quartiles 2 à 4 (objectif : au moins ${formatPercent(CIBLE_QPV_Q2_Q4)})`;
	const q4 = partQpvQ4(total);
	if (q4 != null) text += `, dont ${formatPercent(q4)} au 4e quartile`;
	const shares = epci.map(partQpvQ2Q4).filter((s): s is number => s != null);
	const reached = shares.filter((s) => s >= CIBLE_QPV_Q2_Q4).length;
	if (shares.length > 1) text += reached === shares.length ? ` ; objectif respecté par les ${formatCount(reached)} EPCI` : ` ; objectif respecté par ${formatCount(reached)} EPCI sur ${formatCount(shares.length)}`;
	return text;
}

function cotationBullet({ avancement }: ReformeCommentaireInput): string | null {
	const actives = avancement.filter((a) => a.cotation_active).map((a) => a.nom).sort((a, b) => a.localeCompare(b, 'fr'));
	if (actives.length === 0) return null;
	return `Cotation de la demande active dans ${compte(actives.length, EPCI)} : ${liste(actives)}`;
}

/** The bullets (2 to 4): progress, outside QPV, in QPV, scoring. */
export function commentaireReforme(input: ReformeCommentaireInput): string[] {
	return [avancementBullet(input), horsQpvBullet(input), qpvBullet(input), cotationBullet(input)].filter((b): b is string => b != null);
}

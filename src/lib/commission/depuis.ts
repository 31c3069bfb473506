/**
 * What changed since the latest frozen commission, for the live commission's title slide:
 * « + 412 ménages prioritaires relogés depuis les chiffres présentés en commission le 16 juin 2022 ». Counts are
 * cumulated from 1 January, so a change is only computed within the same year.
 */
import type { CommissionData } from '../views/commission';
import { formatCount, formatDate, formatDateAu } from '../format';
import { accorde, type Nom } from '../commentary';

/** A public's cumulated attributions at a section's date, by territory code (region and departments). */
export interface RealiseAun {
	date: string;
	parTerritoire: Record<string, number>;
}

/** The latest frozen commission, reduced to what the live commission compares with. */
export interface DerniereCommission {
	/** Day of the commission, `YYYY-MM-DD`. */
	commission: string;
	prioritaires: RealiseAun;
	sortants: RealiseAun;
	sansAbri: RealiseAun;
}

type Cle = 'prioritaires' | 'sortants' | 'sansAbri';

/** Each public's date and rows (region and departments) in a commission's data. */
function lignesParPublic(data: CommissionData): Record<Cle, { date: string; rows: readonly { code: string; realise: number }[] }> {
	const publicRows = (indicateur: string) => data.logement.publics.find((p) => p.indicateur === indicateur)?.rows ?? [];
	return {
		prioritaires: { date: data.dates.prioritaires, rows: data.prioritaires.departements },
		sortants: { date: data.dates.logementDAbord, rows: publicRows('sortants_hebergement') },
		sansAbri: { date: data.dates.logementDAbord, rows: publicRows('sans_abri') }
	};
}

/** Reduces a frozen commission's data to its counts by territory. */
export function resumeDeCommission(commission: string, data: CommissionData): DerniereCommission {
	const lignes = lignesParPublic(data);
	const realiseAu = (cle: Cle): RealiseAun => ({ date: lignes[cle].date, parTerritoire: Object.fromEntries(lignes[cle].rows.map((r) => [r.code, r.realise])) });
	return { commission, prioritaires: realiseAu('prioritaires'), sortants: realiseAu('sortants'), sansAbri: realiseAu('sansAbri') };
}

const PUBLICS: { key: Cle; nom: Nom }[] = [
	{ key: 'prioritaires', nom: { singulier: 'ménage prioritaire relogé', pluriel: 'ménages prioritaires relogés' } },
	{ key: 'sortants', nom: { singulier: "sortant d'hébergement relogé", pluriel: "sortants d'hébergement relogés" } },
	{ key: 'sansAbri', nom: { singulier: 'ménage sans-abri relogé', pluriel: 'ménages sans-abri relogés' } }
];

/**
 * Lines « + 412 ménages prioritaires relogés depuis les chiffres présentés en commission le 16 juin 2022 (3 859 au 31 mai 2022) »
 * for each public whose live date is later in the same year; none otherwise.
 */
export function depuisLaCommission(live: CommissionData, derniere: DerniereCommission | null): string[] {
	if (!derniere) return [];
	const liveRows = lignesParPublic(live);
	return PUBLICS.flatMap(({ key, nom }) => {
		const avant = derniere[key];
		const maintenant = liveRows[key];
		const realise = maintenant.rows.find((r) => r.code === live.territoire)?.realise;
		const realiseAvant = avant.parTerritoire[live.territoire];
		if (realise == null || realiseAvant == null || maintenant.date <= avant.date || maintenant.date.slice(0, 4) !== avant.date.slice(0, 4)) return [];
		const ecart = realise - realiseAvant;
		const signe = ecart > 0 ? '+ ' : '';
		return [`${signe}${formatCount(ecart)} ${accorde(ecart, nom)} depuis les chiffres présentés en commission le ${formatDate(derniere.commission)} (${formatCount(realiseAvant)} ${formatDateAu(avant.date)})`];
	});
}

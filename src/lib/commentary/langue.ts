/**
 * French grammar of the commentary: agreement in number, trends, ranges, lists and the
 * articles of department names. Figures are written by src/lib/format only, so a
 * sentence rounds exactly as the tables do.
 */
import { formatCount, formatDecimal, formatPercent, NARROW_NBSP } from '../format';

/** A noun phrase in both numbers: « ménage relogé » / « ménages relogés ». */
export interface Nom {
	singulier: string;
	pluriel: string;
}

/** The form agreeing with `n`: singular for 0 and 1 (French rule), plural from 2. */
export function accorde(n: number, nom: Nom): string {
	return Math.abs(n) < 2 ? nom.singulier : nom.pluriel;
}

/** A count with its agreeing noun: `3 859 ménages relogés`, `1 ménage relogé`. */
export function compte(n: number, nom: Nom): string {
	return `${formatCount(n)} ${accorde(n, nom)}`;
}

/** Direction of a change as its rounded percentage shows it (a change rounding to 0 % is stable). */
export type Sens = 'hausse' | 'baisse' | 'stabilite';

/** @param ratio relative change (−0.14 for −14 %); @param decimals as printed. */
export function sensDe(ratio: number, decimals = 0): Sens {
	if (formatDecimal(Math.abs(ratio) * 100, decimals).replace(/[0,]/g, '') === '') return 'stabilite';
	return ratio > 0 ? 'hausse' : 'baisse';
}

/** `Hausse de 9 %`, `Baisse de 14 %`, `Stabilité` (capitalised, for the start of a bullet). */
export function tendance(ratio: number, decimals = 0): string {
	const sens = sensDe(ratio, decimals);
	if (sens === 'stabilite') return 'Stabilité';
	return `${sens === 'hausse' ? 'Hausse' : 'Baisse'} de ${formatPercent(Math.abs(ratio), decimals)}`;
}

/** `en hausse de 9 %`, `en baisse de 6 %`, `stable` (inside a sentence). */
export function enTendance(ratio: number, decimals = 0): string {
	const sens = sensDe(ratio, decimals);
	if (sens === 'stabilite') return 'stable';
	return `en ${sens} de ${formatPercent(Math.abs(ratio), decimals)}`;
}

/**
 * The range of rates as printed: `entre 71 et 113 %`; a single value (or all equal once
 * rounded) `82 %`; null when there is no rate.
 */
export function fourchette(taux: readonly number[], decimals = 0): string | null {
	if (taux.length === 0) return null;
	const min = formatPercent(Math.min(...taux), decimals);
	const max = formatPercent(Math.max(...taux), decimals);
	if (min === max) return min;
	return `entre ${min.replace(`${NARROW_NBSP}%`, '')} et ${max}`;
}

/** `A`, `A et B`, `A, B et C`. */
export function liste(items: readonly string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`;
}

/** The five departments of Hauts-de-France with their article. */
const AVEC_ARTICLE: Record<string, string> = {
	'02': "l'Aisne",
	'59': 'le Nord',
	'60': "l'Oise",
	'62': 'le Pas-de-Calais',
	'80': 'la Somme'
};

/** `l'Oise`, `le Nord`; other territories (EPCI) by their name. */
export function avecArticle(code: string, nom: string): string {
	return AVEC_ARTICLE[code] ?? nom;
}

/** `dans l'Aisne`, `dans le Nord`, `en Hauts-de-France` (region), `dans l'EPCI X`. */
export function lieu(niveau: 'region' | 'departement' | 'epci', code: string, nom: string): string {
	if (niveau === 'region') return 'en Hauts-de-France';
	if (niveau === 'departement') return `dans ${avecArticle(code, nom)}`;
	return `dans l'EPCI ${nom}`;
}

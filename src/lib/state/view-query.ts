/**
 * The view state carried by the URL query (`?date=…&territoire=…&bailleur=…`):
 * pure parsing and writing, no browser access. Values only ever leave as strings,
 * to be bound as SQL parameters by the query layer.
 */
import { parseIsoDate, daysInMonth } from '../format/dates';
import { CODE_REGION, CODES_DEPARTEMENTS } from '../config';

/** The view of every page. All strings; `bailleur` is '' when no landlord is selected. */
export interface ViewParams {
	/** Month end `YYYY-MM-DD`. */
	date: string;
	/** '32' (region), a department code ('02', '59'…) or an EPCI SIREN (9 digits). */
	territoire: string;
	/** A bailleur SIREN (9 digits) or ''. */
	bailleur: string;
}

export type ViewKey = keyof ViewParams;

/** Query keys in the order they are written to the URL. */
export const VIEW_KEYS: readonly ViewKey[] = ['date', 'territoire', 'bailleur'];

/** Longer raw values are rejected without further look (a SIREN is 9 characters). */
export const MAX_VALUE_LENGTH = 20;

const SIREN = /^\d{9}$/;
/** The pseudonym of another bailleur in a bailleur-scoped build (scripts/scope): `ANON07`. */
const PSEUDONYME = /^ANON\d{2,3}$/;

/** Whether `text` is a month end `YYYY-MM-DD` (e.g. 2022-02-28, not 2022-02-27). */
export function isMonthEnd(text: string): boolean {
	const parts = parseIsoDate(text);
	return parts !== null && parts.day === daysInMonth(parts.year, parts.month);
}

/** Whether `text` is the region, one of its departments or an EPCI SIREN. */
export function isTerritoire(text: string): boolean {
	return text === CODE_REGION || CODES_DEPARTEMENTS.includes(text) || SIREN.test(text);
}

/** Whether `text` is a bailleur SIREN, a scoped build's pseudonym (`ANON07`) or '' (no landlord). */
export function isBailleur(text: string): boolean {
	return text === '' || SIREN.test(text) || PSEUDONYME.test(text);
}

const VALIDATORS: Record<ViewKey, (text: string) => boolean> = {
	date: isMonthEnd,
	territoire: isTerritoire,
	bailleur: isBailleur
};

/** Whether `value` is acceptable for `key`. */
export function isValidViewValue(key: ViewKey, value: string): boolean {
	return value.length <= MAX_VALUE_LENGTH && VALIDATORS[key](value);
}

/** French message for a rejected value, shortened so a hostile URL cannot flood the page. */
export function unknownValueMessage(key: ViewKey, raw: string): string {
	const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	return `Valeur inconnue pour « ${key} » : ${shown}`;
}

/** Parsed view and the French messages of the rejected values (their defaults were used). */
export interface ParsedView {
	view: ViewParams;
	errors: string[];
}

/** Reads the view from a query; a missing value takes its default, a malformed one too, with a message. */
export function parseViewQuery(query: URLSearchParams, defaults: ViewParams): ParsedView {
	const view = { ...defaults };
	const errors: string[] = [];
	for (const key of VIEW_KEYS) {
		const raw = query.get(key);
		if (raw === null) continue;
		if (isValidViewValue(key, raw)) view[key] = raw;
		else errors.push(unknownValueMessage(key, raw));
	}
	return { view, errors };
}

/**
 * Writes the view as a query string, `?date=…&territoire=…`, or '' when everything
 * is at its default: values equal to their default are left out, so links stay short
 * and follow the newest data.
 */
export function toViewQuery(view: ViewParams, defaults: ViewParams): string {
	const query = new URLSearchParams();
	for (const key of VIEW_KEYS) {
		if (view[key] !== defaults[key]) query.set(key, view[key]);
	}
	const text = query.toString();
	return text ? `?${text}` : '';
}

/** The defaults of every page: the latest month end of the data, the region, no bailleur. */
export function defaultView(latestDate: string): ViewParams {
	return { date: latestDate, territoire: CODE_REGION, bailleur: '' };
}

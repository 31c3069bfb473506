/**
 * File names that say what and when: `menages-prioritaires_au_2022-05-31.csv`, from a
 * caption and the French as-of date (« au 31 mai 2022 ») found in the caption or the note.
 */
import { MOIS } from '../format';

/** Lower-case ASCII words joined by `-`, at most `max` characters (cut at a word). */
export function slugify(text: string, max = 60): string {
	const slug = text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	if (slug.length <= max) return slug;
	const cut = slug.slice(0, max + 1);
	return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1));
}

/** An as-of date: « au 31 mai 2022 », « jusqu'au 1er janvier 2023 » (a bare date, e.g. of a source document, is not one). */
const AS_OF_DATE = new RegExp(`\\bau\\s+(\\d{1,2}|1er)\\s+(${MOIS.join('|')})\\s+(\\d{4})`);

/** The first as-of date of `text` (« au 31 mai 2022 ») as `YYYY-MM-DD`, or null. */
export function isoDateIn(text: string): string | null {
	const match = AS_OF_DATE.exec(text);
	if (!match) return null;
	const day = match[1] === '1er' ? 1 : Number(match[1]);
	const month = MOIS.indexOf(match[2] as (typeof MOIS)[number]) + 1;
	return `${match[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * What a caption is about, without its details or date: « Ménages prioritaires (DALO / PDALHPD) :
 * objectif et attributions au 31 mai 2022 » → « Ménages prioritaires : objectif et attributions »;
 * a leading « Carte : » is dropped.
 */
export function subjectOf(caption: string): string {
	const text = caption.replace(/^carte\s*:\s*/i, '').replace(/\([^)]*\)/g, ' ');
	return text.split(/\s(?:jusqu')?au\s+(?:\d{1,2}|1er)\s/)[0].replace(/\s+/g, ' ').trim();
}

/** `<subject>_au_<date>.<extension>` with the as-of date of the caption, else of `dateText`; no date part when neither has one. */
export function exportFileName(caption: string, dateText: string, extension: string): string {
	const subject = slugify(subjectOf(caption)) || 'export';
	const date = isoDateIn(caption) ?? isoDateIn(dateText);
	return `${subject}${date ? `_au_${date}` : ''}.${extension}`;
}

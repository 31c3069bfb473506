/**
 * How a bailleur's identity is written, for the scoped build: the pseudonym of every other
 * bailleur, and the patterns that find a name or a SIREN in any text (plain, HTML-escaped,
 * JSON-escaped). Used both to rewrite texts (scoped extracts) and to find leaks (scanner).
 */
import { createHash } from 'node:crypto';

/** A bailleur as the `bailleurs` extract holds it. */
export interface BailleurIdentity {
	siren: string;
	nom: string;
	nom_court: string | null;
}

/** What another bailleur becomes in a scoped build: `ANON07` / « Bailleur anonyme 07 ». */
export interface Pseudonym {
	siren: string;
	/** Replaces the SIREN: letters first, so never 9 digits and never a SIREN. */
	code: string;
	/** Replaces nom and nom_court. */
	label: string;
}

/**
 * Numbers the bailleurs other than `scope` in the order of a hash of (scope, SIREN): stable for
 * a given scope and list, and the numbers do not reveal the order of the SIREN.
 */
export function pseudonyms(bailleurs: readonly BailleurIdentity[], scope: string): Pseudonym[] {
	const others = bailleurs.filter((b) => b.siren !== scope);
	const width = Math.max(2, String(others.length).length);
	const key = (siren: string) => createHash('sha256').update(`${scope}:${siren}`).digest('hex');
	return others
		.map((b) => ({ siren: b.siren, key: key(b.siren) }))
		.sort((a, b) => a.key.localeCompare(b.key))
		.map(({ siren }, i) => {
			const n = String(i + 1).padStart(width, '0');
			return { siren, code: `ANON${n}`, label: `Bailleur anonyme ${n}` };
		});
}

/** The distinct non-empty names of a bailleur (nom, nom_court), longest first. */
export function namesOf(bailleur: BailleurIdentity): string[] {
	return [...new Set([bailleur.nom, bailleur.nom_court ?? ''].map((n) => n.trim()).filter((n) => n.length > 0))].sort((a, b) => b.length - a.length);
}

const ESCAPED: Record<string, string> = {
	"'": "(?:'|’|&#39;|&#x27;|&apos;|\\\\u0027)",
	'’': "(?:'|’|&#39;|&#x27;|&apos;|\\\\u2019)",
	'&': '(?:&|&amp;|&#38;|\\\\u0026)',
	' ': '(?:\\s|&nbsp;|&#160;|\\u00a0|\\u202f|\\\\u00a0)',
	'"': '(?:"|&quot;|\\\\")'
};

/**
 * A name as a regular expression source: case kept, apostrophes, ampersands and spaces in any
 * of their HTML or JSON spellings, and a whole word (no letter or digit on either side, so
 * « SIP » does not match « SIPL »).
 */
export function namePattern(name: string): string {
	const body = [...name].map((c) => ESCAPED[c] ?? c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('');
	return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
}

/** A SIREN not inside a longer run of digits. */
export function sirenPattern(siren: string): string {
	return `(?<!\\d)${siren}(?!\\d)`;
}

/**
 * Replaces every other bailleur's names in a free text by its pseudonym label (longest name
 * first, so « Habitat du Nord » goes before a shorter name it may contain). Null stays null.
 */
export function pseudonymiseText(text: string | null, others: readonly { names: string[]; label: string }[]): string | null {
	if (text == null) return null;
	const byLength = others.flatMap((o) => o.names.map((name) => ({ name, label: o.label }))).sort((a, b) => b.name.length - a.name.length);
	return byLength.reduce((t, { name, label }) => t.replace(new RegExp(namePattern(name), 'gu'), label), text);
}

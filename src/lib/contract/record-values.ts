/**
 * The cells of a record-level export, typed with the record format (./records.ts) and the
 * codes of its mapping (./mapping.ts): the same rules in `npm run data` and in the browser
 * check. Each cell gives its value, or the French reason it is refused (the caller names the
 * file, line and column).
 */
import { parseDate, type Parsed } from './values';
import { normaliserEntete, valueCodes, type TableMapping } from './mapping';
import type { RecordColumnSpec, RecordTableSpec } from './records';

export type RecordValue = string | number | boolean | null;

/** A parser per column of the format, with the mapping's codes. */
export function recordCellParsers(spec: RecordTableSpec, mapping?: TableMapping): ((text: string) => Parsed<RecordValue>)[] {
	return spec.columns.map((column) => cellParser(column, mapping));
}

function cellParser(column: RecordColumnSpec, mapping?: TableMapping): (text: string) => Parsed<RecordValue> {
	const codes = valueCodes(column, mapping);
	const known = [...new Set(codes.keys())].slice(0, 8).join(', ');
	return (raw) => {
		const text = raw.trim();
		if (text === '') {
			if (!column.required) return { ok: true, value: null };
			return { ok: false, reason: 'valeur obligatoire manquante.' };
		}
		switch (column.type) {
			case 'date':
				return parseDate(text);
			case 'code':
				return { ok: true, value: text };
			case 'bool': {
				const value = codes.get(normaliserEntete(text));
				return value === 'oui' || value === 'non'
					? { ok: true, value: value === 'oui' }
					: { ok: false, reason: `« ${text} » n'est pas un code oui / non connu (${known}) ; ajoutez-le à « valeurs » dans correspondances.json.` };
			}
			case 'quartile': {
				const value = codes.get(normaliserEntete(text));
				return value && /^[1-4]$/.test(value) ? { ok: true, value: Number(value) } : { ok: false, reason: `« ${text} » n'est pas un quartile (1 à 4, Q1 à Q4).` };
			}
			case 'enum': {
				const value = codes.get(normaliserEntete(text));
				return value ? { ok: true, value } : { ok: false, reason: `« ${text} » n'est pas une valeur permise (${(column.values ?? []).join(', ')}).` };
			}
		}
	};
}

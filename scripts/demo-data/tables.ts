/** Reading the generated CSV texts back as rows of strings (for the calibration check and tests). */
import { parse } from 'csv-parse/sync';
import type { Cog } from '../lib/cog.ts';

export type Row = Record<string, string>;
export type Tables = Record<string, Row[]>;

/** Parses every `*.csv` text of `files` (name without extension → rows). */
export function readTables(files: ReadonlyMap<string, string>): Tables {
	const out: Tables = {};
	for (const [name, text] of files) {
		if (!name.endsWith('.csv')) continue;
		out[name.replace(/\.csv$/, '')] = parse(text, { columns: true, delimiter: ';', skip_empty_lines: true }) as Row[];
	}
	return out;
}

/** Sums of `measures` over the attribution rows kept by `keep`. */
export function sumWhere(rows: readonly Row[], measures: readonly string[], keep: (r: Row) => boolean): Record<string, number> {
	const out: Record<string, number> = Object.fromEntries(measures.map((m) => [m, 0]));
	for (const r of rows) if (keep(r)) for (const m of measures) out[m] += Number(r[m]);
	return out;
}

/** Attribution rows grouped by a key derived from the row (department, EPCI, landlord…). */
export function groupSums(rows: readonly Row[], key: (r: Row) => string, measures: readonly string[], keep: (r: Row) => boolean): Map<string, Record<string, number>> {
	const out = new Map<string, Record<string, number>>();
	for (const r of rows) {
		if (!keep(r)) continue;
		const k = key(r);
		const acc = out.get(k) ?? Object.fromEntries(measures.map((m) => [m, 0]));
		for (const m of measures) acc[m] += Number(r[m]);
		out.set(k, acc);
	}
	return out;
}

/** Department and EPCI of a commune code (COG). */
export function communeLookup(cog: Cog) {
	return {
		dep: (r: Row) => cog.communes.get(r.code_commune)!.codeDepartement,
		epci: (r: Row) => cog.communes.get(r.code_commune)!.sirenEpci
	};
}

export const between = (from: string, to: string) => (r: Row) => r.mois >= from && r.mois <= to;

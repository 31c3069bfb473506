/**
 * Finds the file of an input table (`<table>.csv` or `<table>.xlsx`), checks its
 * header against the contract and yields its lines as raw text cells keyed by column.
 * Spreadsheet leftovers are not data: trailing empty columns are ignored, and a last
 * « Total » line (`Total`, `TOTAL`, `Total général`, `Ensemble`…) is skipped with a
 * warning (the totals are computed again); a « Total » line followed by data is an error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { InputTableSpec } from '../../src/lib/contract/inputs.ts';
import type { Issues } from './messages.ts';
import { isTotalLabel, totalNotLast, totalSkipped } from '../../src/lib/contract/values.ts';
import { InputReadError } from './input-read-error.ts';
import { readCsvRecords } from './read-csv.ts';
import { readXlsxRecords } from './read-xlsx.ts';

/** One record of a file: its 1-based line (header = 1, XLSX: sheet row) and trimmed cells. */
export interface RawRecord {
	line: number;
	cells: string[];
}

/** A data line: raw trimmed text in the contract's column order; a column absent from the file is ''. */
export interface RawLine {
	line: number;
	cells: string[];
}

export interface TableSource {
	/** File name as written in messages, e.g. `attributions.csv`. */
	file: string;
	/** Data lines, in batches; a structure error is reported to `issues` and ends the iteration. */
	batches(): AsyncGenerator<RawLine[]>;
}

/** The table's file in `dir`, or undefined (with an error) if absent or ambiguous. */
export function findTableFile(dir: string, spec: InputTableSpec, issues: Issues): string | undefined {
	const present = ['csv', 'xlsx'].map((ext) => `${spec.name}.${ext}`).filter((file) => existsSync(join(dir, file)));
	if (present.length === 1) return present[0];
	if (present.length === 0) issues.error({ file: `${spec.name}.csv` }, `fichier absent ; déposez ${spec.name}.csv ou ${spec.name}.xlsx dans ${dir}.`);
	else issues.error({ file: present.join(' et ') }, 'deux fichiers pour la même table ; ne gardez que l’un des deux.');
	return undefined;
}

async function* recordsOf(path: string, spec: InputTableSpec): AsyncGenerator<RawRecord[]> {
	if (path.endsWith('.csv')) {
		yield* readCsvRecords(path);
		return;
	}
	const typeOf = (header: string) => spec.columns.find((c) => c.name === header.toLowerCase())?.type;
	yield await readXlsxRecords(path, spec.name, typeOf);
}

/** Maps header names to contract columns; reports missing, unknown and repeated columns. */
function checkHeader(header: string[], spec: InputTableSpec, file: string, issues: Issues): Map<string, number> | undefined {
	const before = issues.errorCount;
	const positions = new Map<string, number>();
	header.forEach((raw, index) => {
		const name = raw.toLowerCase();
		if (name === '') return;
		if (!spec.columns.some((c) => c.name === name)) {
			issues.error({ file, line: 1, column: raw }, `colonne inconnue ; colonnes attendues : ${spec.columns.map((c) => c.name).join(', ')}.`);
		} else if (positions.has(name)) issues.error({ file, line: 1, column: raw }, 'colonne en double.');
		else positions.set(name, index);
	});
	for (const column of spec.columns) {
		if (column.required && !positions.has(column.name)) issues.error({ file, line: 1, column: column.name }, 'colonne obligatoire absente.');
	}
	return issues.errorCount === before ? positions : undefined;
}

/** Why a line has not one value per header column; names a separator other than the file's. */
function widthMismatch(cells: string[], width: number): string {
	const count = `${cells.length} valeur${cells.length > 1 ? 's' : ''} au lieu de ${width} (une par colonne de l’en-tête)`;
	const other = [',', ';', '\t'].find((separator) => cells.reduce((n, cell) => n + cell.split(separator).length, 0) >= width);
	if (cells.length < width && other) {
		return `${count} ; cette ligne semble séparée par « ${other === '\t' ? 'tabulation' : other} », pas comme l’en-tête : un seul séparateur par fichier.`;
	}
	return `${count}.`;
}

/** Opens the table's file; `batches()` yields nothing when the header is wrong. */
export function openTableSource(dir: string, file: string, spec: InputTableSpec, issues: Issues): TableSource {
	async function* batches(): AsyncGenerator<RawLine[]> {
		let positions: Map<string, number> | undefined;
		let header: string[] = [];
		/** File position of each contract column, -1 when absent. */
		let columnIndex: number[] = [];
		let width = 0;
		/** First cell of the file is a label (text column): never read as a « Total » line. */
		let firstIsText = false;
		/** A « Total » line met and not yet known to be the last data line. */
		let total: { line: number; label: string } | undefined;
		try {
			for await (const records of recordsOf(join(dir, file), spec)) {
				const lines: RawLine[] = [];
				for (const record of records) {
					if (!positions) {
						header = record.cells;
						positions = checkHeader(record.cells, spec, file, issues);
						if (!positions) return;
						// Trailing empty header cells (a stray separator at the end) are not columns.
						width = record.cells.findLastIndex((cell) => cell !== '') + 1;
						columnIndex = spec.columns.map((column) => positions!.get(column.name) ?? -1);
						firstIsText = spec.columns.find((column) => column.name === header[0]?.toLowerCase())?.type === 'text';
						continue;
					}
					if (total) {
						issues.error({ file, line: total.line }, totalNotLast(total.label, record.line));
						total = undefined;
					}
					if (!firstIsText && isTotalLabel(record.cells[0] ?? '')) {
						total = { line: record.line, label: record.cells[0] };
						continue;
					}
					const extra = record.cells.length > width && record.cells.slice(width).some((cell) => cell !== '');
					if (record.cells.length < width || extra) {
						issues.error({ file, line: record.line }, widthMismatch(record.cells, width));
						continue;
					}
					lines.push({ line: record.line, cells: columnIndex.map((index) => (index < 0 ? '' : record.cells[index])) });
				}
				yield lines;
			}
			if (!positions) issues.error({ file, line: 1 }, 'fichier vide ; la première ligne doit porter les noms de colonnes.');
			if (total) issues.warning({ file, line: total.line }, totalSkipped(total.label));
		} catch (error) {
			if (!(error instanceof InputReadError)) throw error;
			const column = error.column ?? (error.fieldIndex === undefined ? undefined : header[error.fieldIndex] || `n° ${error.fieldIndex + 1}`);
			issues.error({ file, line: error.line, column }, error.message);
		}
	}
	return { file, batches };
}

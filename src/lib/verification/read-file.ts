/**
 * A file dropped on /donnees/verifier, read in the browser (never sent anywhere): its bytes
 * decoded as `npm run data` decodes them (UTF-8 with or without BOM, UTF-16 LE/BE with BOM,
 * else Windows-1252), its separator taken from the header line (`;`, `,` or tab), quoted
 * multi-line fields kept whole with the file's line numbers; an XLSX workbook's first
 * non-empty sheet read with exceljs (imported on demand).
 */
import { parse } from 'csv-parse/browser/esm/sync';

/** A line of the file: its 1-based line number (header = 1) and its cells, trimmed. */
export interface FileRecord {
	line: number;
	cells: string[];
}

export interface ReadFile {
	/** « UTF-8 », « UTF-16 LE », « Windows-1252 », « XLSX ». */
	encoding: string;
	/** « ; », « , », « tabulation »; '' for XLSX. */
	separateur: string;
	header: string[];
	records: FileRecord[];
}

export class FileReadError extends Error {
	constructor(
		message: string,
		readonly line?: number
	) {
		super(message);
	}
}

/** Text of the bytes, and the encoding it was read with. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
	if (bytes.subarray(0, 4096).includes(0)) throw new FileReadError('octets nuls : fichier UTF-16 sans BOM ou binaire ; enregistrez-le en CSV UTF-8 ou « Texte Unicode ».');
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
	}
}

/** The header line's separator: tab, then `;`, then `,` (quoted text ignored). */
export function detectSeparator(text: string): ';' | ',' | '\t' {
	const header = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
	const count = (c: string) => header.split(c).length - 1;
	if (count('\t') > 0 && count('\t') >= count(';')) return '\t';
	return count(',') > 0 && count(';') === 0 ? ',' : ';';
}

/** Cells without the trailing empty ones (a stray separator at the end of a line). */
const trimTrailing = (cells: string[]) => cells.slice(0, cells.findLastIndex((c) => c !== '') + 1);

export function readCsvText(text: string): Omit<ReadFile, 'encoding'> {
	const delimiter = detectSeparator(text);
	let rows: { record: string[]; info: { bytes: number } }[];
	try {
		rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, info: true, bom: true }) as unknown as typeof rows;
	} catch (error) {
		const line = (error as { lines?: number }).lines;
		throw new FileReadError(`lecture impossible : ${error instanceof Error ? error.message : error}`, line);
	}
	// A record's line: 1 + the line feeds before it (csv-parse's own count counts a CRLF inside quotes twice).
	let offset = 0;
	let line = 1;
	const records = rows.map(({ record, info }) => {
		// Skip the line ends (and blank lines) before the record, counting them.
		while (offset < text.length && (text[offset] === '\n' || text[offset] === '\r')) if (text[offset++] === '\n') line++;
		const start = line;
		for (; offset < info.bytes; offset++) if (text[offset] === '\n') line++;
		return { line: start, cells: record.map((c) => c.trim()) };
	});
	const [head, ...data] = records;
	return {
		separateur: delimiter === '\t' ? 'tabulation' : delimiter,
		header: trimTrailing(head?.cells ?? []),
		records: data.filter((r) => r.cells.some((c) => c !== ''))
	};
}

/** An Excel cell as text: dates `AAAA-MM-JJ`, numbers as written, formulas by their result. */
function excelCellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		const v = value as { result?: unknown; text?: string; richText?: { text: string }[] };
		if ('result' in v) return excelCellText(v.result);
		if (v.richText) return v.richText.map((r) => r.text).join('');
		if (typeof v.text === 'string') return v.text;
	}
	return String(value).trim();
}

async function readXlsx(bytes: Uint8Array): Promise<ReadFile> {
	const module = await import('exceljs');
	const ExcelJS = (module as unknown as { default?: typeof module }).default ?? module;
	const workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch {
		throw new FileReadError('classeur XLSX illisible (tronqué ou protégé).');
	}
	const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
	if (!sheet) throw new FileReadError('classeur vide.');
	const records: FileRecord[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, line) => {
		const cells = (row.values as unknown[]).slice(1).map(excelCellText);
		if (cells.some((c) => c !== '')) records.push({ line, cells });
	});
	const [head, ...data] = records;
	return { encoding: 'XLSX', separateur: '', header: trimTrailing(head?.cells ?? []), records: data };
}

/** Reads a dropped file's bytes; throws FileReadError with a French message. */
export async function readDroppedFile(bytes: Uint8Array): Promise<ReadFile> {
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readXlsx(bytes);
	const { text, encoding } = decodeBytes(bytes);
	return { encoding, ...readCsvText(text) };
}

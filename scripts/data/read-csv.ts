/**
 * Streams the records of a CSV input: UTF-8 (with or without BOM), Windows-1252 or
 * UTF-16 LE / BE with BOM (Excel's « Texte Unicode »); `;`, `,` or tab separated (read
 * from the header line); CRLF or LF; quoted fields, line breaks inside them included.
 * The file is never held whole in memory: a first pass checks the encoding, a second
 * one parses.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError, type Parser } from 'csv-parse';
import iconv from 'iconv-lite';
import { checkEncoding, utf16Bom } from './encoding-check.ts';
import { InputReadError } from './input-read-error.ts';
import type { RawRecord } from './table-source.ts';

export type CsvDelimiter = ';' | ',' | '\t';

/**
 * The separator of the header line (quoted text ignored): tab when it has more tabs
 * than `;` and `,`, else `;` unless it has commas and no semicolon. A UTF-16 header
 * (its BOM) is decoded first.
 */
export async function detectDelimiter(path: string): Promise<CsvDelimiter> {
	const handle = await open(path, 'r');
	try {
		const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(65536) });
		const bytes = buffer.subarray(0, bytesRead);
		const utf16 = utf16Bom(bytes);
		const head = utf16 ? iconv.decode(bytes.subarray(0, bytesRead - (bytesRead % 2)), utf16) : bytes.toString('latin1');
		const headerLine = head.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
		const count = (separator: string) => headerLine.split(separator).length - 1;
		const [semicolons, commas, tabs] = [count(';'), count(','), count('\t')];
		if (tabs > Math.max(semicolons, commas)) return '\t';
		return commas > 0 && semicolons === 0 ? ',' : ';';
	} finally {
		await handle.close();
	}
}

const CSV_ERRORS: Record<string, string> = {
	CSV_QUOTE_NOT_CLOSED: 'guillemet ouvert jamais refermé.',
	CSV_INVALID_OPENING_QUOTE: 'guillemet au milieu d’un champ ; entourez tout le champ de guillemets.',
	CSV_INVALID_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant.'
};

/** The parser's records in arrays of what is buffered, to avoid one promise per record. */
async function* batches(parser: Parser): AsyncGenerator<string[][]> {
	let ended = false;
	let failure: unknown;
	parser.on('end', () => (ended = true));
	parser.on('error', (error) => (failure = error));
	while (true) {
		const batch: string[][] = [];
		let record: string[] | null;
		while ((record = parser.read() as string[] | null) !== null) batch.push(record);
		if (batch.length > 0) yield batch;
		if (failure) throw failure;
		if (ended) return;
		await new Promise<void>((resolve) => {
			const wake = () => {
				parser.off('readable', wake).off('end', wake).off('error', wake);
				resolve();
			};
			parser.on('readable', wake).on('end', wake).on('error', wake);
		});
	}
}

/**
 * Yields the non-empty records (header first) with the 1-based line where each starts,
 * in batches (one promise per batch, not per record: a file may hold a million lines).
 * Throws {@link InputReadError} on a refused encoding (encoding-check.ts) or a broken quote.
 * A quoted field holding line breaks counts them: the next record's line is the file's.
 */
export async function* readCsvRecords(path: string): AsyncGenerator<RawRecord[]> {
	const delimiter = await detectDelimiter(path);
	const checked = await checkEncoding(path, delimiter);
	if ('fault' in checked) throw new InputReadError(checked.fault.line, checked.fault.reason, checked.fault.column);
	// Empty lines are kept as records so that lines can be counted here: csv-parse's own
	// line info (`info`, `on_record`) doubles the parsing time on large files.
	const parser = parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: false });
	const feeding = pipeline(createReadStream(path), iconv.decodeStream(checked.encoding), parser).catch(() => undefined);
	let lastLine = 0;
	try {
		for await (const batch of batches(parser)) {
			const records: RawRecord[] = [];
			for (const record of batch) {
				const line = lastLine + 1;
				lastLine = line + record.reduce((n, cell) => (cell.includes('\n') ? n + cell.split('\n').length - 1 : n), 0);
				let empty = true;
				for (let i = 0; i < record.length; i++) {
					record[i] = record[i].trim();
					if (record[i] !== '') empty = false;
				}
				if (!empty) records.push({ line, cells: record });
			}
			yield records;
		}
	} catch (error) {
		if (error instanceof CsvError) {
			const { lines: stoppedAt = 0, index } = error as CsvError & { lines?: number; index?: number };
			const recordStart = lastLine + 1;
			// An unclosed quote swallows the following lines: point at the record it opened.
			if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw new InputReadError(recordStart, CSV_ERRORS[error.code], undefined, index);
			if (error.code === 'CSV_INVALID_CLOSING_QUOTE' && stoppedAt > recordStart) {
				throw new InputReadError(recordStart, `guillemet ouvert sans être refermé : le champ court jusqu’à la ligne ${stoppedAt} ; refermez-le ou retirez-le.`, undefined, index);
			}
			throw new InputReadError(stoppedAt, CSV_ERRORS[error.code] ?? `structure CSV illisible (${error.code}).`, undefined, index);
		}
		throw error;
	} finally {
		parser.destroy();
		await feeding;
	}
}

/**
 * Streams the records of a CSV input: UTF-8 (with or without BOM) or Windows-1252,
 * `;` or `,` separated, CRLF or LF, quoted fields. The file is never held whole in
 * memory: a first pass checks the encoding, a second one parses.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { parse, CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import type { RawRecord } from './table-source.ts';

export type CsvEncoding = 'utf8' | 'win1252';

/** True when every byte sequence of the file is valid UTF-8 (checked chunk by chunk). */
export async function isUtf8File(path: string): Promise<boolean> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
		decoder.decode();
		return true;
	} catch {
		return false;
	}
}

/** `;` unless the header line has commas and no semicolon (quoted text is ignored). */
export async function detectDelimiter(path: string): Promise<';' | ','> {
	const handle = await open(path, 'r');
	try {
		const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(65536) });
		const head = buffer.subarray(0, bytesRead).toString('latin1');
		const headerLine = head.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
		const semicolons = headerLine.split(';').length - 1;
		const commas = headerLine.split(',').length - 1;
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

/** A CSV structure error, with the line where the parser stopped. */
export class CsvStructureError extends Error {
	constructor(
		readonly line: number,
		reason: string
	) {
		super(reason);
	}
}

/**
 * Yields every non-empty record (header first) with the 1-based line where it starts.
 * Throws {@link CsvStructureError} on a broken quote.
 */
export async function* readCsvRecords(path: string): AsyncGenerator<RawRecord> {
	const encoding: CsvEncoding = (await isUtf8File(path)) ? 'utf8' : 'win1252';
	const parser = parse({ delimiter: await detectDelimiter(path), bom: true, info: true, relax_column_count: true, skip_empty_lines: true });
	const feeding = pipeline(createReadStream(path), iconv.decodeStream(encoding), parser).catch(() => undefined);
	let lastLine = 0;
	try {
		for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
			lastLine = info.lines;
			const cells = record.map((cell) => cell.trim());
			if (cells.every((cell) => cell === '')) continue;
			// info.lines is the line where the record ends; a quoted field may span lines.
			const innerBreaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
			yield { line: info.lines - innerBreaks, cells };
		}
	} catch (error) {
		if (error instanceof CsvError) {
			// An unclosed quote swallows the rest of the file: point at the record it opened.
			const line = error.code === 'CSV_QUOTE_NOT_CLOSED' ? lastLine + 1 : ((error as CsvError & { lines?: number }).lines ?? 0);
			throw new CsvStructureError(line, CSV_ERRORS[error.code] ?? `structure CSV illisible (${error.code}).`);
		}
		throw error;
	} finally {
		parser.destroy();
		await feeding;
	}
}

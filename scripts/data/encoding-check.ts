/**
 * Decides how a CSV file is encoded, in one streamed pass over its bytes, or says why
 * it cannot be read. Accepted: UTF-8 (with or without BOM), Windows-1252, and UTF-16 LE
 * or BE with its BOM (Excel's « Texte Unicode » export, tab-separated).
 * « Wrong encoding » means, and is refused:
 * - any NUL byte in a file without a UTF-16 BOM (UTF-16/32 without BOM, a binary file);
 * - an XLSX workbook saved under a `.csv` name (zip signature `PK`);
 * - a file mixing both: well-formed UTF-8 accents and bytes invalid in UTF-8 (decoding
 *   it as Windows-1252 would silently turn every `é` of the UTF-8 part into `Ã©`);
 * - not UTF-8 and holding a byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
 * Faults name the line and the column (from the header) of the first offending byte.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export type CsvEncoding = 'utf8' | 'win1252' | 'utf16le' | 'utf16be';

/** The UTF-16 encoding its BOM announces (`FF FE` little-endian, `FE FF` big-endian), if any. */
export function utf16Bom(head: Uint8Array): 'utf16le' | 'utf16be' | undefined {
	if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
	return undefined;
}

/** Why a file cannot be decoded; line and column when they can be pointed at. */
export interface EncodingFault {
	reason: string;
	line?: number;
	/** Header name of the column holding the byte (or `n° N` past the header). */
	column?: string;
}

const UNDEFINED_IN_WIN1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
const QUOTE = 0x22;
const LF = 0x0a;

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

interface Spot {
	line: number;
	field: number;
	byte: number;
}

/** Length of the UTF-8 sequence a lead byte opens (0: not a valid lead byte). */
function sequenceLength(byte: number): number {
	if (byte < 0x80) return 1;
	if (byte >= 0xc2 && byte <= 0xdf) return 2;
	if (byte >= 0xe0 && byte <= 0xef) return 3;
	if (byte >= 0xf0 && byte <= 0xf4) return 4;
	return 0;
}

/** The encoding of the CSV at `path` (`delimiter` locates columns), or the fault. */
export async function checkEncoding(path: string, delimiter: string): Promise<{ encoding: CsvEncoding } | { fault: EncodingFault }> {
	const separator = delimiter.charCodeAt(0);
	const header: number[] = [];
	let line = 1;
	let field = 0;
	let quoted = false;
	let pending = 0; // continuation bytes still expected by the current UTF-8 sequence
	let sequenceStart: Spot | undefined;
	let multibyte = false;
	let invalidUtf8: Spot | undefined;
	let undefinedByte: Spot | undefined;
	let first = true;
	const columnOf = (spot: Spot) => {
		const names = Buffer.from(header).toString('latin1').split(delimiter).map((name) => name.replace(/^\uFEFF|^ï»¿|"/g, '').trim());
		return names[spot.field] || `n° ${spot.field + 1}`;
	};
	for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
		if (first) {
			first = false;
			if (chunk[0] === 0xff && chunk[1] === 0xfe && chunk[2] === 0 && chunk[3] === 0) {
				return { fault: { reason: 'fichier en UTF-32, encodage non pris en charge ; enregistrez-le en « CSV UTF-8 » ou en « Texte Unicode ».' } };
			}
			const utf16 = utf16Bom(chunk);
			if (utf16) {
				if ((await stat(path)).size % 2 === 1) return { fault: { reason: 'fichier UTF-16 tronqué (nombre impair d’octets) ; enregistrez-le à nouveau.' } };
				return { encoding: utf16 };
			}
			if (chunk[0] === 0x50 && chunk[1] === 0x4b && chunk[2] === 0x03 && chunk[3] === 0x04) {
				return { fault: { reason: 'c’est un classeur Excel (XLSX), pas un fichier texte CSV ; donnez-lui l’extension .xlsx.' } };
			}
		}
		for (let i = 0; i < chunk.length; i++) {
			const byte = chunk[i];
			if (byte === 0) {
				const spot = { line, field, byte };
				// On the header line the names are not read yet: no column to name.
				const column = line === 1 ? undefined : columnOf(spot);
				return { fault: { line, column, reason: 'octet nul : fichier binaire ou encodé en UTF-16 / UTF-32 ; enregistrez-le en « CSV UTF-8 ».' } };
			}
			if (line === 1) header.push(byte);
			if (pending > 0 && (byte & 0xc0) === 0x80) {
				if (--pending === 0) multibyte = true;
			} else {
				if (pending > 0) invalidUtf8 ??= sequenceStart;
				const length = sequenceLength(byte);
				pending = length > 1 ? length - 1 : 0;
				if (length === 0) invalidUtf8 ??= { line, field, byte };
				else if (length > 1) sequenceStart = { line, field, byte };
			}
			if (UNDEFINED_IN_WIN1252.has(byte)) undefinedByte ??= { line, field, byte };
			if (byte === QUOTE) quoted = !quoted;
			else if (byte === separator && !quoted) field++;
			else if (byte === LF) {
				line++;
				if (!quoted) field = 0;
			}
		}
	}
	if (pending > 0) invalidUtf8 ??= sequenceStart;
	if (!invalidUtf8) return { encoding: 'utf8' };
	if (multibyte) {
		const reason = `octet ${hex(invalidUtf8.byte)} invalide en UTF-8 alors que d’autres caractères accentués du fichier sont en UTF-8 : deux encodages mélangés ; réenregistrez tout le fichier en UTF-8.`;
		return { fault: { line: invalidUtf8.line, column: columnOf(invalidUtf8), reason } };
	}
	if (undefinedByte) {
		const reason = `octet ${hex(undefinedByte.byte)} inconnu en UTF-8 comme en Windows-1252 : encodage non reconnu ; réenregistrez le fichier en UTF-8.`;
		return { fault: { line: undefinedByte.line, column: columnOf(undefinedByte), reason } };
	}
	return { encoding: 'win1252' };
}

/**
 * Leak scanner of a bailleur-scoped build: reads every file of the build folder and reports
 * each occurrence of another bailleur's name (nom, nom_court) or SIREN, with file and offset.
 *
 * - Text files (no NUL byte in their first 8 KiB: HTML, JS, CSS, JSON, CSV, SVG…) are read as
 *   UTF-8; names are found in their plain, HTML-escaped and JSON-escaped spellings, as whole words.
 * - Parquet files are zstd-compressed (names are not plain bytes in their pages): they are
 *   decoded with hyparquet and every distinct string value is scanned (reported at its first row,
 *   with its column); their raw
 *   bytes are scanned too (footer metadata and statistics are not compressed).
 * - Other binary files (wasm, images, fonts) are listed as skipped.
 * A match of a foreign name inside the scoped bailleur's own name is not a leak.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { namePattern, namesOf, sirenPattern, type BailleurIdentity } from './names.ts';

/** One occurrence of another bailleur's identity. */
export interface ScanHit {
	/** Path relative to the scanned folder. */
	file: string;
	/** Character offset in the text; for a Parquet cell, the offset in that cell. */
	offset: number;
	/** Parquet cell (0-based row, column name), when the hit is in a decoded value. */
	cell?: { row: number; column: string };
	/** The text found. */
	match: string;
	/** SIREN of the bailleur it identifies. */
	siren: string;
	kind: 'nom' | 'siren';
}

export interface ScanReport {
	files: number;
	/** Binary files not scanned (relative paths). */
	skipped: string[];
	hits: ScanHit[];
}

interface Needle {
	regex: RegExp;
	siren: string;
	kind: ScanHit['kind'];
}

/** The patterns of every bailleur but `scope`, and those of `scope`'s own names (to mask). */
export function needlesFor(bailleurs: readonly BailleurIdentity[], scope: string): { foreign: Needle[]; own: RegExp[] } {
	const foreign = bailleurs
		.filter((b) => b.siren !== scope)
		.flatMap((b) => [
			...namesOf(b).map((name) => ({ regex: new RegExp(namePattern(name), 'gu'), siren: b.siren, kind: 'nom' as const })),
			{ regex: new RegExp(sirenPattern(b.siren), 'gu'), siren: b.siren, kind: 'siren' as const }
		]);
	const self = bailleurs.find((b) => b.siren === scope);
	return { foreign, own: self ? namesOf(self).map((name) => new RegExp(namePattern(name), 'gu')) : [] };
}

/** Occurrences of foreign names and SIREN in `text`, except inside the scoped bailleur's own names. */
export function scanText(text: string, needles: ReturnType<typeof needlesFor>): Omit<ScanHit, 'file'>[] {
	const ownSpans = needles.own.flatMap((regex) => [...text.matchAll(regex)].map((m) => [m.index, m.index + m[0].length] as const));
	const insideOwn = (start: number, end: number) => ownSpans.some(([s, e]) => start >= s && end <= e);
	return needles.foreign.flatMap(({ regex, siren, kind }) =>
		[...text.matchAll(regex)].filter((m) => !insideOwn(m.index, m.index + m[0].length)).map((m) => ({ offset: m.index, match: m[0], siren, kind }))
	);
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

const isBinary = (bytes: Uint8Array) => bytes.subarray(0, 8192).includes(0);

async function scanParquet(bytes: Uint8Array, needles: ReturnType<typeof needlesFor>): Promise<Omit<ScanHit, 'file'>[]> {
	const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
	const rows = await parquetReadObjects({ file: buffer, metadata: parquetMetadata(buffer), compressors });
	// Each distinct value of a column once (codes repeat on thousands of rows): reported at its first row.
	const firstRow = new Map<string, { row: number; column: string; value: string }>();
	rows.forEach((row, i) => {
		for (const [column, value] of Object.entries(row)) {
			if (typeof value === 'string' && !firstRow.has(`${column}\u0000${value}`)) firstRow.set(`${column}\u0000${value}`, { row: i, column, value });
		}
	});
	const cells = [...firstRow.values()].flatMap(({ row, column, value }) => scanText(value, needles).map((hit) => ({ ...hit, cell: { row, column } })));
	return [...cells, ...scanText(Buffer.from(bytes).toString('latin1'), needles)];
}

/** Scans every file under `dir` for the identity of any bailleur of `bailleurs` but `scope`. */
export async function scanBuild(dir: string, scope: string, bailleurs: readonly BailleurIdentity[]): Promise<ScanReport> {
	const needles = needlesFor(bailleurs, scope);
	const files = listFiles(dir);
	const report: ScanReport = { files: files.length, skipped: [], hits: [] };
	for (const path of files) {
		const file = relative(dir, path);
		const bytes = readFileSync(path);
		let hits: Omit<ScanHit, 'file'>[];
		if (file.endsWith('.parquet')) hits = await scanParquet(bytes, needles);
		else if (isBinary(bytes)) {
			report.skipped.push(file);
			continue;
		} else hits = scanText(bytes.toString('utf8'), needles);
		report.hits.push(...hits.map((hit) => ({ file, ...hit })));
	}
	return report;
}

/** One line per hit, in French: `fichier:offset « texte » (nom|SIREN du bailleur 123456789)`. */
export function formatHit(hit: ScanHit): string {
	const where = hit.cell ? `${hit.file} [ligne ${hit.cell.row + 1}, colonne ${hit.cell.column}, position ${hit.offset}]` : `${hit.file}:${hit.offset}`;
	return `${where} « ${hit.match} » (${hit.kind === 'nom' ? 'nom' : 'SIREN'} du bailleur ${hit.siren})`;
}

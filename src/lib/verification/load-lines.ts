/**
 * The typed lines of a checked file as an Arrow IPC stream, for DuckDB-wasm: one column per
 * column of the format (text, booleans, integers; dates as `AAAA-MM-JJ` text, cast by the SQL)
 * and `ligne`, the file's line. The buffers are laid out by hand (`makeData`): Arrow's builders
 * compile their null checks with `new Function`, which the site's CSP (no 'unsafe-eval') forbids.
 */
import { Bool, Int32, Table, Utf8, makeData, makeVector, tableToIPC, type Vector } from 'apache-arrow';
import type { LigneTypee } from './check-file';

export type KindOfColumn = 'text' | 'bool' | 'int';

/** Validity bitmap (bit set: value present) and the null count. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => (v === null || v === undefined ? nullCount++ : (nullBitmap[i >> 3] |= 1 << (i & 7))));
	return { nullBitmap, nullCount };
}

function textVector(values: readonly (string | null)[]): Vector {
	const encoder = new TextEncoder();
	const encoded = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(v)));
	const valueOffsets = new Int32Array(values.length + 1);
	encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
	const data = new Uint8Array(valueOffsets[values.length]);
	encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
	return makeVector(makeData({ type: new Utf8(), length: values.length, ...validity(values), valueOffsets, data }));
}

function boolVector(values: readonly (boolean | null)[]): Vector {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((v, i) => v === true && (data[i >> 3] |= 1 << (i & 7)));
	return makeVector(makeData({ type: new Bool(), length: values.length, ...validity(values), data }));
}

function intVector(values: readonly (number | null)[]): Vector {
	return makeVector(makeData({ type: new Int32(), length: values.length, ...validity(values), data: Int32Array.from(values, (v) => v ?? 0) }));
}

export function linesToIpc(columns: readonly { name: string; kind: KindOfColumn }[], lignes: readonly LigneTypee[]): Uint8Array {
	const vectors: Record<string, Vector> = { ligne: intVector(lignes.map((l) => l.ligne)) };
	columns.forEach((column, i) => {
		const values = lignes.map((l) => l.valeurs[i]);
		vectors[column.name] =
			column.kind === 'bool'
				? boolVector(values.map((v) => (v === null ? null : Boolean(v))))
				: column.kind === 'int'
					? intVector(values.map((v) => (v === null ? null : Number(v))))
					: textVector(values.map((v) => (v === null ? null : String(v))));
	});
	return tableToIPC(new Table(vectors), 'stream');
}

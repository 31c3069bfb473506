/**
 * Arrow vectors built straight from JS values, one builder per column type of the
 * extract contract. Buffers are filled by hand: apache-arrow's `vectorFromArray` is
 * orders of magnitude slower on string columns (shared note, gotcha 4).
 */
import { Bool, DateDay, Dictionary, Float64, Int32, Int64, Utf8, makeData, makeVector, type Data } from 'apache-arrow';

/** A column type of src/lib/contract/extracts.ts. */
export type ExtractColumnType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

const MS_PER_DAY = 86_400_000;

/** Validity bitmap (LSB order) and null count of a column; `undefined`/`null` are nulls. */
function validity(values: readonly unknown[]): { nullBitmap: Uint8Array; nullCount: number } {
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((value, i) => {
		if (value === null || value === undefined) nullCount++;
		else nullBitmap[i >> 3] |= 1 << (i & 7);
	});
	return { nullBitmap, nullCount };
}

function typeError(column: string, expected: string, value: unknown): Error {
	return new Error(`colonne « ${column} » : ${expected} attendu, reçu ${typeof value} (${String(value)})`);
}

function integerColumn(column: string, values: readonly unknown[]): Data<Int32> {
	const data = new Int32Array(values.length);
	values.forEach((value, i) => {
		if (value === null || value === undefined) return;
		if (typeof value !== 'number' || !Number.isInteger(value)) throw typeError(column, 'entier', value);
		data[i] = value;
	});
	return makeData({ type: new Int32(), length: values.length, data, ...validity(values) });
}

function doubleColumn(column: string, values: readonly unknown[]): Data<Float64> {
	const data = new Float64Array(values.length);
	values.forEach((value, i) => {
		if (value === null || value === undefined) return;
		if (typeof value !== 'number' || !Number.isFinite(value)) throw typeError(column, 'nombre', value);
		data[i] = value;
	});
	return makeData({ type: new Float64(), length: values.length, data, ...validity(values) });
}

function bigintColumn(column: string, values: readonly unknown[]): Data<Int64> {
	const data = new BigInt64Array(values.length);
	values.forEach((value, i) => {
		if (value === null || value === undefined) return;
		if (typeof value === 'bigint') data[i] = value;
		else if (typeof value === 'number' && Number.isInteger(value)) data[i] = BigInt(value);
		else throw typeError(column, 'entier 64 bits', value);
	});
	return makeData({ type: new Int64(), length: values.length, data, ...validity(values) });
}

/** DATE as days since 1970-01-01: hyparquet gives a day number with our parser, a `Date` by default. */
function dateColumn(column: string, values: readonly unknown[]): Data<DateDay> {
	const data = new Int32Array(values.length);
	values.forEach((value, i) => {
		if (value === null || value === undefined) return;
		if (typeof value === 'number' && Number.isInteger(value)) data[i] = value;
		else if (value instanceof Date && !Number.isNaN(value.getTime())) data[i] = Math.floor(value.getTime() / MS_PER_DAY);
		else throw typeError(column, 'date', value);
	});
	return makeData({ type: new DateDay(), length: values.length, data, ...validity(values) });
}

function booleanColumn(column: string, values: readonly unknown[]): Data<Bool> {
	const data = new Uint8Array(Math.ceil(values.length / 8));
	values.forEach((value, i) => {
		if (value === null || value === undefined) return;
		if (typeof value !== 'boolean') throw typeError(column, 'booléen', value);
		if (value) data[i >> 3] |= 1 << (i & 7);
	});
	return makeData({ type: new Bool(), length: values.length, data, ...validity(values) });
}

/** Strings dictionary-encoded (Int32 indices into distinct Utf8 values): codes and names repeat a lot. */
function stringColumn(column: string, values: readonly unknown[]): Data<Dictionary<Utf8, Int32>> {
	const indexOf = new Map<string, number>();
	const indices = new Int32Array(values.length);
	values.forEach((value, i) => {
		if (value === null || value === undefined) return;
		if (typeof value !== 'string') throw typeError(column, 'texte', value);
		let index = indexOf.get(value);
		if (index === undefined) indexOf.set(value, (index = indexOf.size));
		indices[i] = index;
	});
	const dictionary = makeVector(utf8Data([...indexOf.keys()]));
	const type = new Dictionary(new Utf8(), new Int32());
	return makeData({ type, length: values.length, data: indices, dictionary, ...validity(values) });
}

/** A non-null Utf8 column: one UTF-8 byte buffer and its offsets. */
function utf8Data(strings: readonly string[]): Data<Utf8> {
	const encoder = new TextEncoder();
	const encoded = strings.map((s) => encoder.encode(s));
	const valueOffsets = new Int32Array(strings.length + 1);
	encoded.forEach((bytes, i) => (valueOffsets[i + 1] = valueOffsets[i] + bytes.length));
	const data = new Uint8Array(valueOffsets[strings.length]);
	encoded.forEach((bytes, i) => data.set(bytes, valueOffsets[i]));
	return makeData({ type: new Utf8(), length: strings.length, nullCount: 0, valueOffsets, data });
}

const BUILDERS = {
	INTEGER: integerColumn,
	BIGINT: bigintColumn,
	DOUBLE: doubleColumn,
	DATE: dateColumn,
	BOOLEAN: booleanColumn,
	VARCHAR: stringColumn
} satisfies Record<ExtractColumnType, (column: string, values: readonly unknown[]) => Data>;

/**
 * The Arrow data of one column. `values[i]` is `null`/`undefined` for a null; otherwise a
 * number (INTEGER, DOUBLE, DATE as days), bigint or number (BIGINT), `Date` (DATE), boolean or string.
 * Throws a French message naming the column on a value of the wrong type.
 */
export function columnData(column: string, type: ExtractColumnType, values: readonly unknown[]): Data {
	return BUILDERS[type](column, values);
}

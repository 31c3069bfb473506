/**
 * Detects lines repeating the key of an earlier line of the same table (after former
 * commune codes were replaced by current ones).
 */
import type { InputTableSpec } from '../../src/lib/contract/inputs.ts';
import type { Issues } from './messages.ts';
import { NumberIndex } from './number-index.ts';
import type { TypedRow } from './parse-line.ts';

/** Distinct values per key column that fit the numeric key (3 columns × 17 bits < 2^53). */
const NUMERIC_SLOTS = 2 ** 17;

export class DuplicateKeys {
	/** Numeric key → line where it first appeared (a million string keys would weigh on the GC). */
	private readonly firstLineByNumber = new NumberIndex();
	/** Text key → first line, for keys of more than 3 columns or too many distinct values. */
	private readonly firstLineByText = new Map<string, number>();
	/** Per key column: value → small integer. */
	private readonly interned: Map<string, number>[];

	constructor(private readonly spec: InputTableSpec) {
		this.interned = spec.key.map(() => new Map());
	}

	/** The key as a number made of each column's interned index, or undefined if it cannot be. */
	private numericKey(row: TypedRow): number | undefined {
		if (this.spec.key.length > 3) return undefined;
		let id = 0;
		for (let i = 0; i < this.spec.key.length; i++) {
			const value = String(row[this.spec.key[i]] ?? '');
			let index = this.interned[i].get(value);
			if (index === undefined) {
				if (this.interned[i].size >= NUMERIC_SLOTS) return undefined;
				index = this.interned[i].size;
				this.interned[i].set(value, index);
			}
			id = id * NUMERIC_SLOTS + index;
		}
		return id;
	}

	/** The line where the key was first met, recording `line` if it is new. */
	private firstLineOf(row: TypedRow, line: number): number | undefined {
		const numeric = this.numericKey(row);
		if (numeric !== undefined) {
			const first = this.firstLineByNumber.get(numeric);
			if (first === undefined) this.firstLineByNumber.set(numeric, line);
			return first;
		}
		const text = this.spec.key.map((column) => String(row[column] ?? '')).join('\u0001');
		const first = this.firstLineByText.get(text);
		if (first === undefined) this.firstLineByText.set(text, line);
		return first;
	}

	private shown(row: TypedRow, column: string): string {
		const value = row[column];
		const type = this.spec.columns.find((c) => c.name === column)?.type;
		if (value === null) return 'vide';
		return `« ${type === 'month' ? String(value).slice(0, 7) : String(value)} »`;
	}

	/** False (and an error) when the row's key was already met. */
	check(row: TypedRow, file: string, line: number, issues: Issues): boolean {
		const first = this.firstLineOf(row, line);
		if (first === undefined) return true;
		const described = this.spec.key.map((column) => `${column} ${this.shown(row, column)}`).join(', ');
		issues.error({ file, line }, `clé en double (${described}) ; déjà présente ligne ${first}.`);
		return false;
	}
}

/**
 * Detects lines repeating the key of an earlier line of the same table (after former
 * commune codes were replaced by current ones).
 */
import type { InputTableSpec } from '../../src/lib/contract/inputs.ts';
import type { Issues } from './messages.ts';
import type { TypedRow } from './parse-line.ts';

export class DuplicateKeys {
	/** Key → line where it first appeared. */
	private readonly firstLine = new Map<string, number>();

	constructor(private readonly spec: InputTableSpec) {}

	private shown(row: TypedRow, column: string): string {
		const value = row[column];
		const type = this.spec.columns.find((c) => c.name === column)?.type;
		if (value === null) return 'vide';
		return `« ${type === 'month' ? String(value).slice(0, 7) : String(value)} »`;
	}

	/** False (and an error) when the row's key was already met. */
	check(row: TypedRow, file: string, line: number, issues: Issues): boolean {
		const key = this.spec.key.map((column) => String(row[column] ?? '')).join('\u0001');
		const first = this.firstLine.get(key);
		if (first === undefined) {
			this.firstLine.set(key, line);
			return true;
		}
		const described = this.spec.key.map((column) => `${column} ${this.shown(row, column)}`).join(', ');
		issues.error({ file, line }, `clé en double (${described}) ; déjà présente ligne ${first}.`);
		return false;
	}
}

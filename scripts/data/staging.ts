/**
 * Staging tables in native DuckDB, typed exactly as the extracts, filled line by line
 * through appenders as the inputs are read (so a million-line file never sits in a
 * JS array). Attributions are staged at commune level, then summed when written.
 */
import { EXTRACT_COLUMNS, EXTRACT_NAMES, type ExtractName } from '../../src/lib/contract/extracts.ts';
import type { NativeDb } from '../lib/duckdb-native.ts';
import type { CellValue } from './french-values.ts';

/** Table name in the staging database: the extract's, but attributions are still per commune. */
export function stagingTable(extract: ExtractName): string {
	return extract === 'attributions' ? 'attributions_communes' : extract;
}

/** Extract columns as [name, type] pairs, computed once (append runs per input line). */
const COLUMNS = Object.fromEntries(EXTRACT_NAMES.map((name) => [name, Object.entries(EXTRACT_COLUMNS[name])])) as Record<ExtractName, [string, string][]>;

type Appender = Awaited<ReturnType<NativeDb['connection']['createAppender']>>;

export class Staging {
	private readonly appenders = new Map<ExtractName, Appender>();
	private readonly counts = new Map<ExtractName, number>();

	constructor(readonly db: NativeDb) {}

	/** Creates every staging table (empty) and its appender. */
	async create(): Promise<void> {
		for (const extract of EXTRACT_NAMES) {
			const definition = COLUMNS[extract].map(([name, type]) => `"${name}" ${type}`).join(', ');
			await this.db.exec(`CREATE TABLE ${stagingTable(extract)} (${definition})`);
			this.appenders.set(extract, await this.db.connection.createAppender(stagingTable(extract)));
		}
	}

	/** Appends one row; `row` holds a value (or null) for every extract column. Dates are `YYYY-MM-DD` text. */
	append(extract: ExtractName, row: Record<string, CellValue | null | undefined>): void {
		const appender = this.appenders.get(extract);
		if (!appender) throw new Error(`Staging : table ${extract} fermée ou non créée`);
		for (const [name, type] of COLUMNS[extract]) {
			const value = row[name];
			if (value === null || value === undefined) appender.appendNull();
			else if (type === 'INTEGER') appender.appendInteger(value as number);
			else if (type === 'BIGINT') appender.appendBigInt(BigInt(value as number));
			else if (type === 'DOUBLE') appender.appendDouble(value as number);
			else if (type === 'BOOLEAN') appender.appendBoolean(value as boolean);
			else appender.appendVarchar(String(value)); // VARCHAR, and DATE cast from its text
		}
		appender.endRow();
		this.counts.set(extract, (this.counts.get(extract) ?? 0) + 1);
	}

	/** Lines appended to the staging table of `extract` (before aggregation). */
	count(extract: ExtractName): number {
		return this.counts.get(extract) ?? 0;
	}

	/** Flushes and closes every appender; call before reading the tables (appending is then refused). */
	close(): void {
		for (const appender of this.appenders.values()) {
			appender.flushSync();
			appender.closeSync();
		}
		this.appenders.clear();
	}
}

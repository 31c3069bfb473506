/**
 * Reads one input table line by line: types, codes, line rules and keys are checked,
 * every valid line is staged. Invalid lines are reported and not staged (the run
 * then fails as a whole, so nothing partial is ever written).
 */
import type { InputTableSpec } from '../../src/lib/contract/inputs.ts';
import type { ExtractName } from '../../src/lib/contract/extracts.ts';
import { checkCodes, type CodeContext } from './codes.ts';
import { DuplicateKeys } from './duplicate-keys.ts';
import { parseLine, type TypedRow } from './parse-line.ts';
import { checkRowRules } from './row-rules.ts';
import type { Staging } from './staging.ts';
import type { RawLine, TableSource } from './table-source.ts';

export interface TableFacts {
	/** Data lines read (valid or not). */
	lines: number;
	/** Valid lines staged. */
	staged: number;
}

/**
 * Ingests `source` into the staging table of the same name. `onRow` sees every valid
 * row (the caller collects cross-table facts, e.g. the SIREN of bailleurs), `onRefused`
 * every refused line (already reported).
 */
export async function ingestTable(
	spec: InputTableSpec,
	source: TableSource,
	staging: Staging,
	ctx: CodeContext,
	onRow: (row: TypedRow) => void = () => {},
	onRefused: (raw: RawLine) => void = () => {}
): Promise<TableFacts> {
	const keys = new DuplicateKeys(spec);
	const facts: TableFacts = { lines: 0, staged: 0 };
	for await (const batch of source.batches()) {
		for (const raw of batch) {
			facts.lines++;
			const row = parseLine(raw, spec, source.file, ctx.issues);
			const codesValid = row && checkCodes(spec.name, row, source.file, raw.line, ctx);
			const rulesValid = row && checkRowRules(row, spec, source.file, raw.line, ctx.issues);
			if (!row || !codesValid || !rulesValid || !keys.check(row, source.file, raw.line, ctx.issues)) {
				onRefused(raw);
				continue;
			}
			onRow(row);
			// Once the run has failed nothing will be written: stop feeding DuckDB, keep checking.
			if (ctx.issues.failed) continue;
			staging.append(spec.name as ExtractName, row);
			facts.staged++;
		}
	}
	return facts;
}

/**
 * The ingestion as one function: reads and validates every input table of `input`,
 * and, only if all are valid, writes the Parquet extracts and manifest.json into
 * `output` (swapped in atomically). On any error nothing is written.
 */
import { existsSync } from 'node:fs';
import type { Manifest } from '../../src/lib/contract/extracts.ts';
import { loadCog } from '../lib/cog.ts';
import { openNativeDb } from '../lib/duckdb-native.ts';
import { recoverOutput } from './atomic-swap.ts';
import { Issues } from './messages.ts';
import { readTables, type TableSummary } from './read-tables.ts';
import { readSources } from './sources.ts';
import { Staging } from './staging.ts';
import { territoireRows } from './territoires.ts';
import { writeOutput } from './write-output.ts';

export type { TableSummary } from './read-tables.ts';

export interface BuildConfig {
	/** Folder of the input tables (`<table>.csv` or `.xlsx`, plus `sources.json`). */
	input: string;
	/** Folder of the extracts, replaced as a whole on success. */
	output: string;
}

export interface BuildEffects {
	/** The clock: run duration, and `generatedAt` when the extracts changed. */
	now(): Date;
}

export interface BuildResult {
	ok: boolean;
	/** Errors in the order found (at most 1 000 kept), and their full count. */
	errors: string[];
	errorCount: number;
	warnings: string[];
	warningCount: number;
	tables: TableSummary[];
	/** The manifest written, when ok. */
	manifest?: Manifest;
	/** Wall-clock duration of the run, in milliseconds. */
	durationMs: number;
}

export async function build(config: BuildConfig, effects: BuildEffects): Promise<BuildResult> {
	const started = effects.now();
	const issues = new Issues();
	recoverOutput(config.output);
	let tables: TableSummary[] = [];
	let manifest: Manifest | undefined;
	if (!existsSync(config.input)) issues.error({ file: config.input }, 'dossier d’entrée introuvable.');
	else {
		const cog = loadCog();
		const sources = readSources(config.input, issues);
		const db = await openNativeDb();
		const staging = new Staging(db);
		try {
			await staging.create();
			tables = await readTables(config.input, cog, staging, issues);
			if (!issues.failed) {
				for (const row of territoireRows(cog)) staging.append('territoires', row);
				staging.close();
				manifest = await writeOutput(config.output, db, sources, cog, effects.now());
			}
		} finally {
			staging.close();
			db.close();
		}
	}
	return {
		ok: !issues.failed,
		errors: issues.errors,
		errorCount: issues.errorCount,
		warnings: issues.warnings,
		warningCount: issues.warningCount,
		tables,
		manifest,
		durationMs: effects.now().getTime() - started.getTime()
	};
}

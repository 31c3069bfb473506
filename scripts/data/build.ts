/**
 * The ingestion as one function: reads and validates every input table of `input`,
 * and, only if all are valid, writes the Parquet extracts and manifest.json into
 * `output` (swapped in atomically). On any error nothing is written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INPUT_TABLES } from '../../src/lib/contract/inputs.ts';
import { EXTRACT_NAMES, type ExtractName, type Manifest } from '../../src/lib/contract/extracts.ts';
import { loadCog } from '../lib/cog.ts';
import { openNativeDb } from '../lib/duckdb-native.ts';
import { createNewFolder, discardNewFolder, recoverOutput, swapIn } from './atomic-swap.ts';
import { warnMappedCommunes, type CodeContext } from './codes.ts';
import { CrossFacts } from './cross-checks.ts';
import { ingestTable } from './ingest-table.ts';
import { buildManifest, manifestText, readManifest } from './manifest.ts';
import { Issues } from './messages.ts';
import { readSources } from './sources.ts';
import { Staging } from './staging.ts';
import { findTableFile, openTableSource } from './table-source.ts';
import { cogLabel, territoireRows } from './territoires.ts';
import { writeExtracts } from './write-parquet.ts';

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

/** One input table in the final summary. */
export interface TableSummary {
	table: string;
	/** Input file read, null if absent. */
	file: string | null;
	/** Data lines of the input file. */
	lines: number;
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
	const cog = loadCog();
	recoverOutput(config.output);
	const sources = readSources(config.input, issues);
	const db = await openNativeDb();
	const staging = new Staging(db);
	const tables: TableSummary[] = [];
	let manifest: Manifest | undefined;
	try {
		await staging.create();
		const facts = new CrossFacts();
		const ctx: CodeContext = { cog, cogLabel: cogLabel(cog), bailleurs: facts.bailleurs, bailleursFile: 'bailleurs.csv', issues, mappedCommunes: new Map() };
		for (const spec of INPUT_TABLES) {
			const file = findTableFile(config.input, spec, issues);
			if (spec.name === 'bailleurs') {
				// Without a bailleurs file, one error says so rather than one per line citing a bailleur.
				if (file) ctx.bailleursFile = file;
				else ctx.bailleurs = null;
			}
			if (spec.name === 'objectifs' && file) facts.objectifsFile = file;
			if (!file) {
				tables.push({ table: spec.name, file: null, lines: 0 });
				continue;
			}
			const errorsBefore = issues.errorCount;
			const result = await ingestTable(spec, openTableSource(config.input, file, spec, issues), staging, ctx, (row) => facts.collect(spec.name, row));
			tables.push({ table: spec.name, file, lines: result.lines });
			if (spec.name === 'bailleurs' && facts.bailleurs.size === 0 && issues.errorCount > errorsBefore) ctx.bailleurs = null;
			if (spec.name === 'attributions' && result.lines === 0 && issues.errorCount === errorsBefore) issues.error({ file }, 'aucune ligne de données ; le tableau de bord ne peut être daté.');
		}
		warnMappedCommunes(ctx);
		facts.warnBailleursWithoutObjectif(issues);
		if (!issues.failed) {
			for (const row of territoireRows(cog)) staging.append('territoires', row);
			staging.close();
			manifest = await writeOutput(config, db, sources, cog, effects.now());
		}
	} finally {
		staging.close();
		db.close();
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

async function writeOutput(
	config: BuildConfig,
	db: Awaited<ReturnType<typeof openNativeDb>>,
	inputSources: ReturnType<typeof readSources>,
	cog: ReturnType<typeof loadCog>,
	now: Date
): Promise<Manifest> {
	const folder = createNewFolder(config.output);
	try {
		const rows = await writeExtracts(db, folder);
		const sources = {} as Record<ExtractName, string>;
		for (const name of EXTRACT_NAMES) {
			sources[name] =
				name === 'territoires'
					? `Code officiel géographique ${cogLabel(cog).slice(4)} (INSEE), via @etalab/decoupage-administratif ${cog.version}`
					: (inputSources.sources[name] ?? 'non précisée');
		}
		const manifest = await buildManifest({
			db,
			dir: folder,
			rows,
			sources,
			demonstration: inputSources.demonstration,
			cog: { package: '@etalab/decoupage-administratif', version: cog.version },
			previous: readManifest(config.output),
			now
		});
		writeFileSync(join(folder, 'manifest.json'), manifestText(manifest));
		swapIn(folder, config.output);
		return manifest;
	} catch (error) {
		discardNewFolder(folder);
		throw error;
	}
}

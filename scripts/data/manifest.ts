/**
 * `manifest.json` of the extracts: per extract its rows, as-of date, source, sha256 and
 * size. `generatedAt` is kept from the previous manifest when the extracts did not
 * change, so re-running on the same inputs leaves the folder byte-identical.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACT_NAMES, EXTRACT_SCHEMA_VERSION, type ExtractName, type Manifest, type ManifestEntry } from '../../src/lib/contract/extracts.ts';
import type { NativeDb } from '../lib/duckdb-native.ts';

/** SQL giving the as-of date (`YYYY-MM-DD` or NULL) of each extract, from its staging table. */
const AS_OF_SQL: Record<ExtractName, string | null> = {
	territoires: null,
	bailleurs: null,
	attributions: 'SELECT last_day(MAX(mois)) FROM attributions_communes',
	objectifs: "SELECT make_date(MAX(annee), 12, 31) FROM objectifs",
	stocks: 'SELECT MAX(date) FROM stocks',
	fnavdl_enveloppes: 'SELECT make_date(MAX(annee), 12, 31) FROM fnavdl_enveloppes',
	fnavdl_projets: 'SELECT GREATEST(MAX(date_menages_accompagnes), make_date(MAX(annee), 12, 31)) FROM fnavdl_projets',
	reforme: 'SELECT GREATEST(MAX(date_premiere_cil), MAX(date_orientations), MAX(date_cia), MAX(date_ppgdid)) FROM reforme'
};

async function asOf(db: NativeDb, extract: ExtractName): Promise<string | null> {
	const sql = AS_OF_SQL[extract];
	if (!sql) return null;
	const [{ d }] = await db.all<{ d: string | null }>(`SELECT strftime((${sql}), '%Y-%m-%d') AS d`);
	return d;
}

function sha256(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export interface ManifestInput {
	db: NativeDb;
	/** Folder holding the freshly written Parquet files. */
	dir: string;
	rows: Record<ExtractName, number>;
	/** Source text by extract (already resolved from sources.json). */
	sources: Record<ExtractName, string>;
	demonstration: boolean;
	cog: Manifest['cog'];
	/** The manifest currently in the output folder, if any. */
	previous: Manifest | undefined;
	now: Date;
	/** Overrides `latestDate` (a snapshot's `au`); default: the attributions' as-of date. */
	latestDate?: string;
}

export async function buildManifest(input: ManifestInput): Promise<Manifest> {
	const extracts = {} as Record<ExtractName, ManifestEntry>;
	for (const name of EXTRACT_NAMES) {
		const file = `${name}.parquet`;
		const path = join(input.dir, file);
		extracts[name] = {
			file,
			rows: input.rows[name],
			asOf: await asOf(input.db, name),
			source: input.sources[name],
			schemaVersion: EXTRACT_SCHEMA_VERSION,
			sha256: sha256(path),
			bytes: statSync(path).size
		};
	}
	const content = { latestDate: input.latestDate ?? extracts.attributions.asOf ?? '', demonstration: input.demonstration, cog: input.cog, extracts };
	const unchanged = input.previous && JSON.stringify(withoutDate(input.previous)) === JSON.stringify({ schemaVersion: EXTRACT_SCHEMA_VERSION, ...content });
	const generatedAt = unchanged ? input.previous!.generatedAt : input.now.toISOString();
	return { schemaVersion: EXTRACT_SCHEMA_VERSION, generatedAt, ...content };
}

function withoutDate(manifest: Manifest): Omit<Manifest, 'generatedAt'> {
	const { generatedAt: _ignored, ...rest } = manifest;
	return rest;
}

/** The manifest of `dir`, or undefined when absent or unreadable. */
export function readManifest(dir: string): Manifest | undefined {
	const path = join(dir, 'manifest.json');
	if (!existsSync(path)) return undefined;
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
	} catch {
		return undefined;
	}
}

/** The manifest's file text: 2-space JSON and a final newline. */
export function manifestText(manifest: Manifest): string {
	return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * `npm run data -- --snapshot 2022-06-16 [--au 2022-05-31]`: freezes the extracts as a
 * commission knew them into `data/snapshots/<commission>/` — the same Parquet schema cut
 * back to `au` (see snapshot-rules.ts), a manifest.json with its own checksums and
 * `latestDate = au`, and commission.json. Written into a hidden sibling then renamed
 * (atomic-swap.ts); an existing snapshot is replaced only on request.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACT_NAMES, type ExtractName, type Manifest } from '../../src/lib/contract/extracts.ts';
import { openNativeDb, type NativeDb } from '../lib/duckdb-native.ts';
import { createNewFolder, discardNewFolder, recoverOutput, swapIn } from './atomic-swap.ts';
import { parseDate } from './french-values.ts';
import { buildManifest, manifestText, readManifest } from './manifest.ts';
import { snapshotSelect } from './snapshot-rules.ts';
import { stagingTable } from './staging.ts';

export interface SnapshotConfig {
	/** Commission date, `YYYY-MM-DD`: the snapshot's folder name. */
	commission: string;
	/** As-of date, a month end `YYYY-MM-DD`; default: the last month end before the commission. */
	au?: string;
	/** Folder of the current extracts (data/extracts). */
	extracts: string;
	/** Folder holding one subfolder per commission (data/snapshots). */
	snapshots: string;
	/** Replace an existing snapshot of the same commission. */
	replace: boolean;
}

/** `commission.json` of a snapshot. */
export interface CommissionFile {
	commission: string;
	au: string;
	/** ISO timestamp of the snapshot (kept when a replacement gives the same extracts). */
	creeLe: string;
	/** Source of each extract, from the extracts' manifest. */
	source: Record<ExtractName, string>;
}

export type SnapshotResult = { ok: true; dir: string; manifest: Manifest; commission: CommissionFile } | { ok: false; errors: string[] };

/** The last day of the month before the one of `date` (`2022-06-16` → `2022-05-31`). */
export function previousMonthEnd(date: string): string {
	const [year, month] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

const isMonthEnd = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDate() === new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7), 0)).getUTCDate();

const isIsoDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseDate(text).ok;

/** The checks made before anything is read: the `au` date, or French errors. */
function checkRequest(config: SnapshotConfig, current: Manifest | undefined): { au: string; errors: string[] } {
	if (!isIsoDate(config.commission)) return { au: '', errors: [`--snapshot : « ${config.commission} » n'est pas une date de commission au format AAAA-MM-JJ.`] };
	const au = config.au ?? previousMonthEnd(config.commission);
	return { au, errors: asOfErrors(config, au, current) };
}

/** What is wrong with `au`, the extracts or the target folder (French, possibly several). */
function asOfErrors(config: SnapshotConfig, au: string, current: Manifest | undefined): string[] {
	const errors: string[] = [];
	if (!isIsoDate(au)) return [`--au : « ${au} » n'est pas une date au format AAAA-MM-JJ.`];
	if (!isMonthEnd(au)) errors.push(`--au : « ${au} » n'est pas une fin de mois ; les attributions sont mensuelles.`);
	if (au > config.commission) errors.push(`--au : le ${au} est postérieur à la commission du ${config.commission}.`);
	if (!current) errors.push(`${config.extracts} : extraits introuvables (manifest.json absent ou illisible) ; lancez d'abord npm run data.`);
	else if (au > current.latestDate) errors.push(`--au : le ${au} est postérieur à la dernière date des extraits (${current.latestDate}).`);
	const target = join(config.snapshots, config.commission);
	if (existsSync(target) && !config.replace) errors.push(`${target} existe déjà ; ajoutez --remplacer pour le refaire.`);
	return errors;
}

/** Copies each extract, cut back to `au`, into staging tables then Parquet files of `folder`. */
async function writeSnapshotExtracts(db: NativeDb, extracts: string, au: string, folder: string): Promise<Record<ExtractName, number>> {
	const rows = {} as Record<ExtractName, number>;
	for (const name of EXTRACT_NAMES) {
		const select = snapshotSelect(name, join(extracts, `${name}.parquet`));
		// Tables named as in the ingestion's staging, so buildManifest computes the same as-of dates.
		await db.exec(`CREATE TABLE ${stagingTable(name)} AS ${select}`, select.includes('$1') ? [au] : []);
		const target = join(folder, `${name}.parquet`).replaceAll("'", "''");
		await db.exec(`COPY (SELECT * FROM ${stagingTable(name)}) TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
		const [{ n }] = await db.all<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM ${stagingTable(name)}`);
		rows[name] = n;
	}
	return rows;
}

/** Makes the snapshot of one commission; nothing is written on error. */
export async function snapshot(config: SnapshotConfig, effects: { now(): Date }): Promise<SnapshotResult> {
	const target = join(config.snapshots, config.commission);
	// Repair an interrupted run first, so that « already exists » sees the restored snapshot.
	if (isIsoDate(config.commission)) recoverOutput(target);
	const current = readManifest(config.extracts);
	const { au, errors } = checkRequest(config, current);
	if (errors.length > 0 || !current) return { ok: false, errors };
	const sources = sourcesOf(current);
	const folder = createNewFolder(target);
	const db = await openNativeDb();
	try {
		const manifest = await buildManifest({
			db,
			dir: folder,
			rows: await writeSnapshotExtracts(db, config.extracts, au, folder),
			sources,
			demonstration: current.demonstration,
			cog: current.cog,
			previous: readManifest(target),
			now: effects.now(),
			latestDate: au
		});
		const commission: CommissionFile = { commission: config.commission, au, creeLe: manifest.generatedAt, source: sources };
		writeFileSync(join(folder, 'manifest.json'), manifestText(manifest));
		writeFileSync(join(folder, 'commission.json'), `${JSON.stringify(commission, null, 2)}\n`);
		swapIn(folder, target);
		return { ok: true, dir: target, manifest, commission };
	} catch (error) {
		discardNewFolder(folder);
		throw error;
	} finally {
		db.close();
	}
}

/** Source text of each extract, as the manifest gives it. */
function sourcesOf(manifest: Manifest): Record<ExtractName, string> {
	return Object.fromEntries(EXTRACT_NAMES.map((name) => [name, manifest.extracts[name].source])) as Record<ExtractName, string>;
}

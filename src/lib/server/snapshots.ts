/**
 * Frozen commissions: `data/snapshots/<YYYY-MM-DD>/` holds the extracts and manifest.json as
 * known on the commission's day, plus commission.json (`commission`, `au`: the latest month
 * end, `source` of each extract, and optionally `sections`: the as-of date of each section),
 * written by `npm run data -- --snapshot` (scripts/data/README.md). Build time only: lists them and
 * opens a native DuckDB on each, so a commission's figures never change with newer data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CommissionDates } from '../views/commission';
import { openBuildEngine, type BuildEngine } from './engine';
import { projectRoot } from './extracts-dir';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One frozen commission. */
export interface CommissionSnapshot {
	/** Day of the commission, `YYYY-MM-DD` (the folder's name). */
	commission: string;
	/** Latest month end of its extracts, `YYYY-MM-DD`. */
	latestDate: string;
	/** Section dates fixed in commission.json; empty: the rule of `datesDesSections`. */
	sections: Partial<CommissionDates>;
	demonstration: boolean;
	/** `source` of each extract in its manifest. */
	sources: Record<string, string>;
	/** Absolute path of the folder. */
	dir: string;
}

/** Absolute path of `data/snapshots/`, or env `PDALHPD_SNAPSHOTS_DIR` (a bailleur's scoped build, scripts/scope). */
export function snapshotsDir(): string {
	const override = process.env.PDALHPD_SNAPSHOTS_DIR?.trim();
	return override ? resolve(override) : join(projectRoot(), 'data', 'snapshots');
}

function readJson(path: string): Record<string, unknown> {
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>) : {};
}

/** Reads a snapshot folder; throws in French when its manifest or dates are missing. */
export function readSnapshot(dir: string, name: string): CommissionSnapshot {
	const manifest = readJson(join(dir, 'manifest.json'));
	const commission = readJson(join(dir, 'commission.json'));
	const latestDate = String(commission.au ?? commission.latestDate ?? manifest.latestDate ?? '');
	if (!ISO_DATE.test(latestDate)) throw new Error(`Commission figée ${dir} : date des données (au) absente de commission.json et de manifest.json.`);
	const extracts = (manifest.extracts ?? {}) as Record<string, { source?: string }>;
	const sources = (commission.source ?? {}) as Record<string, string>;
	const sections = (commission.sections ?? {}) as Partial<CommissionDates>;
	return {
		commission: String(commission.commission ?? name),
		latestDate,
		sections: Object.fromEntries(Object.entries(sections).filter(([, v]) => typeof v === 'string' && ISO_DATE.test(v))),
		demonstration: manifest.demonstration === true,
		sources: { ...Object.fromEntries(Object.entries(extracts).map(([k, v]) => [k, v.source ?? ''])), ...sources },
		dir
	};
}

/** Every snapshot under `root` (folders named `YYYY-MM-DD` holding a manifest), oldest first. */
export function listSnapshots(root = snapshotsDir()): CommissionSnapshot[] {
	if (!existsSync(root)) return [];
	return readdirSync(root, { withFileTypes: true })
		.filter((d) => d.isDirectory() && ISO_DATE.test(d.name) && existsSync(join(root, d.name, 'manifest.json')))
		.map((d) => readSnapshot(join(root, d.name), d.name))
		.sort((a, b) => a.commission.localeCompare(b.commission));
}

const engines = new Map<string, Promise<BuildEngine>>();

/** A native engine over the snapshot's own extracts, opened once per folder and process. */
export function openSnapshot(snapshot: Pick<CommissionSnapshot, 'dir'>): Promise<BuildEngine> {
	let engine = engines.get(snapshot.dir);
	if (!engine) {
		engine = openBuildEngine(snapshot.dir);
		engines.set(snapshot.dir, engine);
		engine.catch(() => engines.delete(snapshot.dir));
	}
	return engine;
}

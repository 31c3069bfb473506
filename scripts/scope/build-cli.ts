/**
 * `npm run build`: `vite build`, with one more option for a bailleur's own site.
 *
 * - `npm run build` (no option): exactly `vite build` (other arguments passed through).
 * - `npm run build -- --bailleur SIREN` (or env `PDALHPD_BAILLEUR=SIREN`): writes scoped extracts
 *   (every other bailleur pseudonymised, scripts/scope/extracts.ts) into a temporary folder,
 *   builds from them (env `PDALHPD_EXTRACTS_DIR`; only that bailleur's sheet is prerendered; the
 *   frozen commissions of data/snapshots/ are scoped too, env `PDALHPD_SNAPSHOTS_DIR`), then
 *   scans `build/` for any other bailleur's name or SIREN and fails on a hit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractsDir, projectRoot } from '../../src/lib/server/extracts-dir.ts';
import { openExtracts } from '../lib/duckdb-native.ts';
import { readBailleurs, writeScopedExtracts } from './extracts.ts';
import { formatHit, scanBuild } from './scan.ts';
import type { BailleurIdentity } from './names.ts';

/** `--bailleur X` / `--bailleur=X` taken out of the arguments; the rest goes to vite. */
export function parseBuildArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { bailleur: string | null; viteArgs: string[] } {
	const viteArgs: string[] = [];
	let bailleur: string | null = env.PDALHPD_BAILLEUR?.trim() || null;
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--bailleur') bailleur = argv[++i] ?? '';
		else if (argv[i].startsWith('--bailleur=')) bailleur = argv[i].slice('--bailleur='.length);
		else viteArgs.push(argv[i]);
	}
	if (bailleur != null && !/^\d{9}$/.test(bailleur)) throw new Error(`--bailleur attend un SIREN (9 chiffres) : « ${bailleur} ».`);
	return { bailleur, viteArgs };
}

function viteBuild(args: string[], env: NodeJS.ProcessEnv): number {
	const vite = join(projectRoot(), 'node_modules', 'vite', 'bin', 'vite.js');
	return spawnSync(process.execPath, [vite, 'build', ...args], { stdio: 'inherit', env }).status ?? 1;
}

/**
 * Scoped copies of the frozen commissions of `data/snapshots/` (each folder like the extracts),
 * so that a commission page built from them names no other bailleur either. Null when none.
 */
async function scopeSnapshots(siren: string, out: string, bailleurs: BailleurIdentity[]): Promise<string | null> {
	const snapshots = join(projectRoot(), 'data', 'snapshots');
	if (!existsSync(snapshots)) return null;
	for (const entry of readdirSync(snapshots, { withFileTypes: true })) {
		if (entry.isDirectory()) await writeScopedExtracts(join(snapshots, entry.name), join(out, entry.name), siren, bailleurs);
	}
	return out;
}

/** Scoped build of `siren`: extracts (and frozen commissions), build, scan. Returns the exit code. */
async function scopedBuild(siren: string, viteArgs: string[]): Promise<number> {
	const source = extractsDir();
	const scoped = mkdtempSync(join(tmpdir(), `pdalhpd-bailleur-${siren}-`));
	try {
		const db = await openExtracts(source);
		const bailleurs = await readBailleurs(db).finally(() => db.close());
		const { bailleur, pseudonyms } = await writeScopedExtracts(source, join(scoped, 'extracts'), siren);
		const snapshots = await scopeSnapshots(siren, join(scoped, 'snapshots'), bailleurs);
		console.log(`Site de ${bailleur.nom} (${siren}) : ${pseudonyms.length} autres bailleurs anonymisés, extraits dans ${scoped}.`);
		const env = { ...process.env, PDALHPD_BAILLEUR: siren, PDALHPD_EXTRACTS_DIR: join(scoped, 'extracts'), ...(snapshots ? { PDALHPD_SNAPSHOTS_DIR: snapshots } : {}) };
		const status = viteBuild(viteArgs, env);
		if (status !== 0) return status;
		const out = join(projectRoot(), 'build');
		const report = await scanBuild(out, siren, bailleurs);
		for (const hit of report.hits) console.error(formatHit(hit));
		if (report.hits.length > 0) {
			console.error(`Fuite : ${report.hits.length} occurrence(s) d'autres bailleurs dans ${out} : ce site ne doit pas être publié.`);
			return 1;
		}
		console.log(`Contrôle : aucun autre bailleur nommé dans ${out} (${report.files} fichiers, ${report.skipped.length} binaires non lus).`);
		return 0;
	} finally {
		rmSync(scoped, { recursive: true, force: true });
	}
}

async function main(argv: string[]): Promise<number> {
	const { bailleur, viteArgs } = parseBuildArgs(argv);
	return bailleur ? scopedBuild(bailleur, viteArgs) : viteBuild(viteArgs, process.env);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main(process.argv.slice(2)).then(
		(code) => (process.exitCode = code),
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = 1;
		}
	);
}

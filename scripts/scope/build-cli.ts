/**
 * `npm run build`: `vite build`, with one more option for a bailleur's own site.
 *
 * - `npm run build` (no option): exactly `vite build` (other arguments passed through).
 * - `npm run build -- --bailleur SIREN` (or env `PDALHPD_BAILLEUR=SIREN`): writes scoped extracts
 *   (every other bailleur pseudonymised, scripts/scope/extracts.ts) into a temporary folder,
 *   builds from them (env `PDALHPD_EXTRACTS_DIR`; only that bailleur's sheet is prerendered; the
 *   frozen commissions of data/snapshots/ are scoped too, env `PDALHPD_SNAPSHOTS_DIR`), then
 *   scans `build/` for any other bailleur's name or SIREN and fails on a hit; with `--out DIR`,
 *   the checked site is then moved from `build/` to DIR (one folder per bailleur to serve).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractsDir, projectRoot } from '../../src/lib/server/extracts-dir.ts';
import { openExtracts } from '../lib/duckdb-native.ts';
import { readBailleurs, writeScopedExtracts } from './extracts.ts';
import { formatHit, scanBuild } from './scan.ts';
import { runIfMain } from './run-main.ts';
import type { BailleurIdentity } from './names.ts';

export interface BuildArgs {
	/** SIREN of the scoped build; null: the ordinary build. */
	bailleur: string | null;
	/** Folder the checked scoped site is moved to (instead of `build/`); null: stays in `build/`. */
	out: string | null;
	/** Everything else, passed to `vite build`. */
	viteArgs: string[];
}

/** `--bailleur X` (or env PDALHPD_BAILLEUR) and `--out DIR` taken out of the arguments, also as `--x=value`. */
export function parseBuildArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): BuildArgs {
	const args: BuildArgs = { bailleur: env.PDALHPD_BAILLEUR?.trim() || null, out: null, viteArgs: [] };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		if (flag === '--bailleur' || flag === '--out') args[flag === '--bailleur' ? 'bailleur' : 'out'] = inline ?? argv[++i] ?? '';
		else args.viteArgs.push(argv[i]);
	}
	if (args.bailleur != null && !/^\d{9}$/.test(args.bailleur)) throw new Error(`--bailleur attend un SIREN (9 chiffres) : « ${args.bailleur} ».`);
	if (args.out != null && (args.out === '' || args.bailleur == null)) throw new Error('--out attend un dossier, et ne sert qu’avec --bailleur.');
	return args;
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
async function scopedBuild(siren: string, viteArgs: string[], outDir: string | null): Promise<number> {
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
		if (outDir) {
			rmSync(outDir, { recursive: true, force: true });
			cpSync(out, outDir, { recursive: true });
			rmSync(out, { recursive: true, force: true });
			console.log(`Site de ${bailleur.nom} dans ${resolve(outDir)}.`);
		}
		return 0;
	} finally {
		rmSync(scoped, { recursive: true, force: true });
	}
}

async function main(argv: string[]): Promise<number> {
	const { bailleur, out, viteArgs } = parseBuildArgs(argv);
	return bailleur ? scopedBuild(bailleur, viteArgs, out) : viteBuild(viteArgs, process.env);
}

runIfMain(import.meta.url, main, 1);

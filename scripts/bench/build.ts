/**
 * Builds the two variants compared by the bench: the site without prerendered figures
 * (`PDALHPD_SANS_PRERENDU=1`, copied to `tmp/bench/sans-prerendu`, git-ignored), then the normal
 * site, left in `build/` as after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/** Absolute folders of the two static builds. */
export const SITES = { prerendu: resolve('build'), sansPrerendu: resolve('tmp/bench/sans-prerendu') };

function npmBuild(env: NodeJS.ProcessEnv): void {
	execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/**
 * Runs both builds (a few minutes); progress on stderr. `extractsDir`: the extracts to build
 * from (env PDALHPD_EXTRACTS_DIR, read by src/lib/server/extracts-dir.ts); default data/extracts.
 */
export function buildVariants(extractsDir?: string): void {
	const env = { ...process.env, ...(extractsDir ? { PDALHPD_EXTRACTS_DIR: resolve(extractsDir) } : {}) };
	console.error('Construction sans prérendu des chiffres (PDALHPD_SANS_PRERENDU=1)…');
	npmBuild({ ...env, PDALHPD_SANS_PRERENDU: '1' });
	rmSync(SITES.sansPrerendu, { recursive: true, force: true });
	cpSync(SITES.prerendu, SITES.sansPrerendu, { recursive: true });
	console.error('Construction normale (chiffres prérendus)…');
	npmBuild({ ...env, PDALHPD_SANS_PRERENDU: '' });
}

/** Throws a French message when `--no-build` is used before any build. */
export function assertBuilt(): void {
	for (const dir of Object.values(SITES))
		if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`${dir}/index.html absent : lancez d'abord « npm run bench » sans --no-build.`);
}

/**
 * `npx tsx scripts/diffusion/build.ts [arguments de vite]`: the diffusion build (« version de
 * diffusion », for a wide audience): `vite build` with `PDALHPD_DIFFUSION=1` and
 * `PUBLIC_PDALHPD_DIFFUSION=1` (threshold: env `PDALHPD_SEUIL_SECRET`, default 11), then the scan
 * of `build/` (./scan.ts); exit code 1 and one French line per problem when the scan finds any.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { seuilSecret } from '../../src/lib/secret/masque.ts';
import { problemes, scanDiffusion, type DiffusionScan } from './scan.ts';

/** The environment of a diffusion build, from the current one. */
export function diffusionEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	return { ...env, PDALHPD_DIFFUSION: '1', PUBLIC_PDALHPD_DIFFUSION: '1' };
}

/**
 * Builds the project at `root` for diffusion into `root/build` and scans it.
 * Returns the vite exit code and, when it built, the scan.
 */
export function diffusionBuild(
	root: string,
	viteArgs: string[] = [],
	options: { env?: NodeJS.ProcessEnv; quiet?: boolean } = {}
): { status: number; scan: DiffusionScan | null; output: string } {
	const env = options.env ?? process.env;
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const run = spawnSync(process.execPath, [vite, 'build', ...viteArgs], { cwd: root, stdio: options.quiet ? 'pipe' : 'inherit', env: diffusionEnv(env), encoding: 'utf8' });
	const status = run.status ?? 1;
	const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
	return { status, scan: status === 0 ? scanDiffusion(join(root, 'build'), seuilSecret(env)) : null, output };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const { status, scan } = diffusionBuild(process.cwd(), process.argv.slice(2));
	const found = scan ? problemes(scan) : [];
	for (const line of found) console.error(line);
	if (scan && found.length === 0) console.log(`Version de diffusion : ${scan.files} fichiers contrôlés, aucun extrait ni effectif sous le seuil de ${seuilSecret()} ménages.`);
	process.exitCode = status !== 0 ? status : found.length > 0 ? 1 : 0;
}

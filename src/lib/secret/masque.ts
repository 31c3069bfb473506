/**
 * How a masked count travels in the data of a diffusion build: as `NaN`. It is neither 0 nor a
 * missing value (null), it survives serialisation into the HTML and `__data.json` (devalue), and
 * every figure computed from it (a rate, a share, a sum) is NaN too: masked in turn, never 0.
 */

/** The value of a masked count (and of anything derived from it). */
export const MASQUE = Number.NaN;

/** True for a masked value. */
export function isMasque(value: unknown): boolean {
	return typeof value === 'number' && Number.isNaN(value);
}

/** Threshold in households under which a count is masked: env `PDALHPD_SEUIL_SECRET`, default 11 (INSEE rule). */
export const SEUIL_SECRET_DEFAUT = 11;

/** Reads the threshold from `env` (an integer ≥ 1); throws a French message on anything else. */
export function seuilSecret(env: Record<string, string | undefined> = process.env): number {
	const raw = env.PDALHPD_SEUIL_SECRET?.trim();
	if (!raw) return SEUIL_SECRET_DEFAUT;
	const seuil = Number(raw);
	if (!Number.isInteger(seuil) || seuil < 1) throw new Error(`PDALHPD_SEUIL_SECRET attend un entier ≥ 1 : « ${raw} ».`);
	return seuil;
}

/** True in a build meant for a wide audience (env `PDALHPD_DIFFUSION=1`), read on the server at build time. */
export function diffusionServeur(env: Record<string, string | undefined> = process.env): boolean {
	return env.PDALHPD_DIFFUSION === '1';
}

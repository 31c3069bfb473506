/** `npm run build` arguments: plain arguments go to vite untouched; `--bailleur` and `--out` are ours. */
import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from '../../scripts/scope/build-cli';

describe('parseBuildArgs', () => {
	it('leaves an ordinary build as it is', () => {
		expect(parseBuildArgs([], {})).toEqual({ bailleur: null, out: null, viteArgs: [] });
		expect(parseBuildArgs(['--mode', 'production'], {})).toEqual({ bailleur: null, out: null, viteArgs: ['--mode', 'production'] });
	});

	it('takes the bailleur from --bailleur, --bailleur=, or the environment, and --out', () => {
		expect(parseBuildArgs(['--bailleur', '617671607', '--logLevel', 'warn'], {})).toEqual({ bailleur: '617671607', out: null, viteArgs: ['--logLevel', 'warn'] });
		expect(parseBuildArgs(['--bailleur=617671607', '--out=sites/amiens'], {})).toMatchObject({ bailleur: '617671607', out: 'sites/amiens' });
		expect(parseBuildArgs([], { PDALHPD_BAILLEUR: '617671607' }).bailleur).toBe('617671607');
	});

	it('refuses a bailleur that is not a SIREN, and --out without a bailleur', () => {
		expect(() => parseBuildArgs(['--bailleur', 'ANON07'], {})).toThrow('--bailleur attend un SIREN (9 chiffres) : « ANON07 ».');
		expect(() => parseBuildArgs(['--out', 'x'], {})).toThrow('ne sert qu’avec --bailleur');
	});
});

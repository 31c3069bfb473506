/** Command-line options of `npm run bench`. */

export interface BenchOptions {
	/** Cold runs per build variant (≥ 1). */
	runs: number;
	/** Date changes measured after warm-up (≥ 1). */
	changes: number;
	/** Unmeasured date changes first (engine warm, JIT warm). */
	warmup: number;
	/** false with `--no-build`: reuse `build/` and the sans-prerendu copy of a previous run. */
	build: boolean;
	/** First port; the sans-prerendu variant is served on `port + 1`. */
	port: number;
	/** `national`: the site is built from the Hauts-de-France folder of the synthetic France (data/national/region=32). */
	scale: 'regional' | 'national';
}

const DEFAULTS: BenchOptions = { runs: 5, changes: 50, warmup: 5, build: true, port: 4184, scale: 'regional' };

function positiveInteger(flag: string, value: string | undefined): number {
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} attend un entier positif, reçu : ${value ?? '(rien)'}`);
	return n;
}

/** Parses `--runs N --changes N --warmup N --port N --no-build --scale regional|national`; throws a French message on anything else. */
export function parseOptions(argv: readonly string[]): BenchOptions {
	const options = { ...DEFAULTS };
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		if (flag === '--no-build') options.build = false;
		else if (flag === '--scale') {
			const scale = argv[++i];
			if (scale !== 'regional' && scale !== 'national') throw new Error(`--scale attend regional ou national, reçu : ${scale ?? '(rien)'}`);
			options.scale = scale;
		}
		else if (flag === '--runs' || flag === '--changes' || flag === '--warmup' || flag === '--port')
			options[flag.slice(2) as 'runs' | 'changes' | 'warmup' | 'port'] = positiveInteger(flag, argv[++i]);
		else throw new Error(`Option inconnue : ${flag} (options : --runs N, --changes N, --warmup N, --port N, --no-build, --scale regional|national)`);
	}
	return options;
}

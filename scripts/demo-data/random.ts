/**
 * Seeded pseudo-random numbers (sfc32), so that the demonstration data is the same on
 * every run: no Math.random, no clock.
 */
export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	uniform(min: number, max: number): number;
	/** Integer in [min, max] (both included). */
	int(min: number, max: number): number;
	/** Normal deviate (Box–Muller), mean 0, standard deviation 1. */
	normal(): number;
	/** Multiplicative noise around 1: exp(sigma × normal). */
	noise(sigma: number): number;
	/** Number of successes in `n` draws of probability `p`. */
	binomial(n: number, p: number): number;
	/** A new array in random order (Fisher–Yates). */
	shuffle<T>(items: readonly T[]): T[];
	/** An independent stream derived from this generator's seed and a label. */
	fork(label: string): Random;
}

/** 32-bit hash of a text (cyrb53 folded), used to derive seeds from labels. */
function hashText(text: string, salt = 0): number {
	let h1 = 0xdeadbeef ^ salt;
	let h2 = 0x41c6ce57 ^ salt;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (h1 ^ h2) >>> 0;
}

/** A generator seeded by a text: the same text always gives the same sequence. */
export function createRandom(seed: string): Random {
	let a = hashText(seed, 1);
	let b = hashText(seed, 2);
	let c = hashText(seed, 3);
	let d = hashText(seed, 4);
	const next = (): number => {
		a >>>= 0; b >>>= 0; c >>>= 0; d >>>= 0;
		const t = (a + b) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		d = (d + 1) | 0;
		const r = (t + d) | 0;
		c = (c + r) | 0;
		return (r >>> 0) / 4294967296;
	};
	for (let i = 0; i < 12; i++) next();
	const normal = (): number => {
		const u = 1 - next();
		const v = next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
	return {
		next,
		uniform: (min, max) => min + (max - min) * next(),
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		normal,
		noise: (sigma) => Math.exp(sigma * normal()),
		binomial: (n, p) => {
			let k = 0;
			for (let i = 0; i < n; i++) if (next() < p) k++;
			return k;
		},
		shuffle: (items) => {
			const out = [...items];
			for (let i = out.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		},
		fork: (label) => createRandom(`${seed}/${label}`)
	};
}

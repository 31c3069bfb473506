/** Helpers of the demonstration generator: exact integer splits, seeded randomness, SIRENs. */
import { describe, expect, it } from 'vitest';
import { allocateCapped, largestRemainder } from '../../scripts/demo-data/allocate';
import { createRandom } from '../../scripts/demo-data/random';
import { isLuhnValid, syntheticSiren } from '../../scripts/demo-data/siren';
import { BAILLEURS } from '../../scripts/demo-data/bailleurs';

describe('largestRemainder', () => {
	it('splits a total exactly, the largest remainders first', () => {
		expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
		expect(largestRemainder(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
		expect(largestRemainder(5, [0, 0])).toEqual([3, 2]);
	});
	it('refuses a negative total', () => {
		expect(() => largestRemainder(-1, [1])).toThrow(/Répartition impossible/);
	});
});

describe('allocateCapped', () => {
	it('moves the excess over a cap to the other cells', () => {
		expect(allocateCapped(10, [8, 1, 1], [3, 10, 10])).toEqual([3, 4, 3]);
	});
	it('uses zero-weight cells only when nothing else has room', () => {
		expect(allocateCapped(5, [1, 0], [3, 4])).toEqual([3, 2]);
	});
	it('throws when the caps cannot hold the total', () => {
		expect(() => allocateCapped(8, [1, 1], [3, 4])).toThrow('Répartition impossible : 8 pour une capacité de 7');
	});
});

describe('createRandom', () => {
	it('gives the same sequence for the same seed, another for another seed', () => {
		const a = createRandom('graine');
		const b = createRandom('graine');
		const seqA = [a.next(), a.next(), a.int(1, 6)];
		expect([b.next(), b.next(), b.int(1, 6)]).toEqual(seqA);
		expect(createRandom('autre').next()).not.toBe(seqA[0]);
	});
});

describe('synthetic SIREN', () => {
	it('are 9-digit Luhn-valid codes, stable and distinct for the 31 landlords', () => {
		expect(isLuhnValid('732829320')).toBe(true);
		expect(isLuhnValid('732829321')).toBe(false);
		expect(syntheticSiren('Vilogia')).toBe(syntheticSiren('Vilogia'));
		expect(BAILLEURS).toHaveLength(31);
		expect(BAILLEURS.every((b) => /^\d{9}$/.test(b.siren) && isLuhnValid(b.siren))).toBe(true);
		expect(new Set(BAILLEURS.map((b) => b.siren)).size).toBe(31);
	});
});

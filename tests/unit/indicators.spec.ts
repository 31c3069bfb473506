import { describe, expect, it } from 'vitest';
import { evolution, monthsElapsed, objectifADate, part, tauxADate, tauxAnnuel } from '../../src/lib/indicators/rates';
import { bandeDe, repartitionParBande } from '../../src/lib/indicators/bands';

describe('rates of the June 2022 deck', () => {
	it('computes the rate at date pro rata temporis', () => {
		expect(monthsElapsed('2022-05-31')).toBe(5);
		expect(objectifADate(1343, '2022-05-31')).toBeCloseTo(559.583, 3);
		expect(tauxADate(459, 1343, '2022-05-31')).toBeCloseTo(0.82025, 5); // Aisne: 82 %
		expect(tauxADate(14, 30, '2022-04-30')).toBeCloseTo(1.4, 10); // sans-abri Aisne: 140 %
		expect(tauxADate(559, 2100, '2022-04-30')).toBeCloseTo(0.7986, 4); // "80 % de l'objectif à date"
	});

	it('computes the annual rate, the share and the change', () => {
		expect(tauxAnnuel(25, 130)).toBeCloseTo(0.1923, 4); // sortants Aisne: 19 %
		expect(part(25, 1395)).toBeCloseTo(0.01792, 5); // 1,8 %
		expect(evolution(1125, 933)).toBeCloseTo(0.2058, 4); // Somme stock: 21 %
		expect(evolution(559, 650)).toBeCloseTo(-0.14, 2); // −14 %
	});

	it('gives no rate for a missing objective, never 0', () => {
		expect(tauxADate(348, null, '2022-05-31')).toBeNull();
		expect(tauxAnnuel(348, null)).toBeNull();
		expect(objectifADate(null, '2022-05-31')).toBeNull();
		expect(part(3, 0)).toBeNull();
		expect(evolution(3, 0)).toBeNull();
	});

	it('rejects a date that is not a month of the year', () => {
		expect(() => monthsElapsed('2022-13-31')).toThrow('Date invalide : « 2022-13-31 »');
	});
});

describe('bands of achievement', () => {
	it('puts each rate in its band, lower bounds included', () => {
		expect(bandeDe(0.49)?.id).toBe('moins-50');
		expect(bandeDe(0.5)?.id).toBe('50-75');
		expect(bandeDe(0.99)?.id).toBe('75-100');
		expect(bandeDe(1)?.id).toBe('plus-100');
		expect(bandeDe(null)).toBeNull();
		expect(repartitionParBande([0.1, 0.6, 0.8, 1.2, 1.5, null]).map((r) => r.count)).toEqual([1, 1, 1, 2]);
	});
});

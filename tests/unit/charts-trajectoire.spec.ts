/** Points of the trajectory chart: cumulated months, the previous year in full, the pro-rata objective. */
import { describe, expect, it } from 'vitest';
import { trajectoireCumulee } from '../../src/lib/views/trajectoire-points';

const rows = [
	{ annee: 2021, mois: 1, realise: 10 },
	{ annee: 2021, mois: 12, realise: 5 },
	{ annee: 2022, mois: 1, realise: 3 },
	{ annee: 2022, mois: 3, realise: 4 },
	{ annee: 2022, mois: 6, realise: 100 }
];

describe('trajectoireCumulee', () => {
	it('cumulates the year up to the month shown, months without rows counting 0', () => {
		const t = trajectoireCumulee(rows, 2022, 3, 120);
		expect(t.points.map((p) => p.cumul)).toEqual([3, 3, 7, null, null, null, null, null, null, null, null, null]);
		expect(t.points.map((p) => p.cumulPrecedent).slice(-2)).toEqual([10, 15]);
		expect(t.points.map((p) => p.objectifProrata).slice(0, 3)).toEqual([10, 20, 30]);
	});
	it('has no objective line without an objective', () => {
		expect(trajectoireCumulee(rows, 2022, 5, null).points.every((p) => p.objectifProrata == null)).toBe(true);
	});
});

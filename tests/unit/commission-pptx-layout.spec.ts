/** The PowerPoint tables fit their 16:9 slide (13,33 × 7,5 in), from the region's 6 rows to a department with its EPCI. */
import { describe, expect, it } from 'vitest';
import { LONG_TABLE_ROWS, tableLayout } from '../../src/lib/commission/pptx';

const WIDTH = 13.33 - 2 * 0.4;

describe('table layout of a slide', () => {
	it('keeps the region table at 12 pt', () => {
		const layout = tableLayout(6, 9, WIDTH, 4.5);
		expect(layout.fontSize).toBe(12);
		expect(layout.colW).toHaveLength(9);
	});
	it('shrinks the type until the rows fit the height left, never under 7 pt', () => {
		// Up to 12 rows under three lines of commentary (3,9 in left); beyond, the slide's height (5,4 in) beside the commentary:
		// the Oise and its 21 EPCI are the longest table.
		for (const [rows, height] of [[6, 3.9], [12, 3.9], [LONG_TABLE_ROWS + 1, 5.4], [22, 5.4]]) {
			const layout = tableLayout(rows, 9, WIDTH - 3.7, height);
			expect(layout.headerH + rows * layout.rowH, `${rows} lignes`).toBeLessThanOrEqual(height - 0.75 + 1e-9);
			expect(layout.fontSize).toBeGreaterThanOrEqual(7);
		}
		expect(tableLayout(22, 9, WIDTH, 3.9).fontSize).toBeLessThan(tableLayout(12, 9, WIDTH, 3.9).fontSize);
	});
	it('shares the width: the row header wider, the total the slide width', () => {
		const { colW } = tableLayout(6, 9, WIDTH, 4.5);
		expect(colW.reduce((a, b) => a + b, 0)).toBeCloseTo(WIDTH, 9);
		expect(colW[0]).toBeGreaterThan(colW[1]);
		expect(new Set(colW.slice(1)).size).toBe(1);
	});
});

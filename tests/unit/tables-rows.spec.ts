/** Long tables: filter, folding, pinned rows; scroll container sides. */
import { describe, expect, it } from 'vitest';
import { rowsShown } from '../../src/lib/components/tables/rows-shown';
import { hiddenSides } from '../../src/lib/components/tables/scroll-container';

const epci = ['Hauts-de-France', "CA du Pays de Saint-Omer", 'CC Cœur de Flandre Agglo', 'Métropole Européenne de Lille', 'CA Amiens Métropole', 'CA du Boulonnais', 'CC des Hauts de Flandre'];
const pinned = (n: string) => n === 'Hauts-de-France';
const self = (n: string) => n;

describe('rows of a long table', () => {
	it('shows pinned rows and the first `limit` others while folded', () => {
		const view = rowsShown(epci, pinned, self, '', 3);
		expect(view.rows).toEqual(['Hauts-de-France', 'CA du Pays de Saint-Omer', 'CC Cœur de Flandre Agglo', 'Métropole Européenne de Lille']);
		expect(view).toMatchObject({ matching: 7, hidden: 3 });
		expect(rowsShown(epci, pinned, self, '', null)).toMatchObject({ rows: epci, matching: 7, hidden: 0 });
	});
	it('filters by every word, accents and case ignored, keeping the pinned rows', () => {
		expect(rowsShown(epci, pinned, self, 'coeur', 3).rows).toEqual(['Hauts-de-France', 'CC Cœur de Flandre Agglo']);
		expect(rowsShown(epci, pinned, self, 'METROPOLE', 3).rows).toEqual(['Hauts-de-France', 'Métropole Européenne de Lille', 'CA Amiens Métropole']);
		expect(rowsShown(epci, pinned, self, 'flandre hauts', 3)).toEqual({ rows: ['Hauts-de-France', 'CC des Hauts de Flandre'], matching: 2, hidden: 0 });
		expect(rowsShown(epci, pinned, self, 'ca', 2)).toEqual({ rows: ['Hauts-de-France', 'CA du Pays de Saint-Omer', 'CA Amiens Métropole'], matching: 4, hidden: 1 });
		expect(rowsShown(epci, pinned, self, 'zzz', 3)).toEqual({ rows: ['Hauts-de-France'], matching: 1, hidden: 0 });
	});
});

describe('scroll container', () => {
	it('names the sides where columns are hidden, none when the table fits', () => {
		expect(hiddenSides(0, 1000, 1000)).toBeNull();
		expect(hiddenSides(0, 1000.6, 1000)).toBeNull();
		expect(hiddenSides(0, 1400, 1000)).toBe('droite');
		expect(hiddenSides(200, 1400, 1000)).toBe('deux');
		expect(hiddenSides(400, 1400, 1000)).toBe('gauche');
	});
});

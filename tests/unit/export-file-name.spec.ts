/** File names say what and when. */
import { describe, expect, it } from 'vitest';
import { exportFileName, isoDateIn, slugify, subjectOf } from '../../src/lib/export/file-name';

describe('file names', () => {
	it('reads French as-of dates, not the date of a source document', () => {
		expect(isoDateIn('Source : commission du 16 juin 2022. Données au 31 mai 2022.')).toBe('2022-05-31');
		expect(isoDateIn("jusqu'au 1er janvier 2023")).toBe('2023-01-01');
		expect(isoDateIn('Année 2021, commission du 16 juin 2022')).toBeNull();
	});
	it('keeps the subject of a caption', () => {
		expect(subjectOf('Ménages prioritaires (DALO / PDALHPD) : objectif et attributions au 31 mai 2022')).toBe('Ménages prioritaires : objectif et attributions');
		expect(subjectOf('Carte : part des ménages prioritaires par EPCI, 2022, au 31 mai 2022')).toBe('part des ménages prioritaires par EPCI, 2022,');
		expect(slugify('Ménages prioritaires : objectif et attributions')).toBe('menages-prioritaires-objectif-et-attributions');
		expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40))).toBe('a'.repeat(30));
	});
	it('names the file after subject and as-of date', () => {
		expect(exportFileName('Ménages prioritaires (DALO / PDALHPD) : objectif et attributions au 31 mai 2022', 'Source : commission du 16 juin 2022. Données au 31 mai 2022.', 'csv')).toBe(
			'menages-prioritaires-objectif-et-attributions_au_2022-05-31.csv'
		);
		expect(exportFileName('Projets FNAVDL retenus', 'Source : démo.', 'xlsx')).toBe('projets-fnavdl-retenus.xlsx');
		expect(exportFileName('Part des ménages prioritaires, par EPCI (92 EPCI)', "Source : commission du 16 juin 2022. Année 2021 et 2022 jusqu'au 31 mai 2022.", 'csv')).toBe(
			'part-des-menages-prioritaires-par-epci_au_2022-05-31.csv'
		);
	});
});

/**
 * French cell values, message formatting and CSV structure errors of the ingestion.
 */
import { rmSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBool, parseCount, parseDate, parseEnum, parseEuros, parseMonth, parseYear } from '../../scripts/data/french-values';
import { printableErrors } from '../../scripts/data/messages';
import * as shared from '../../src/lib/contract/values';
import { copyValidLot, run, tempDir, removeTempDirs } from '../fixtures/ingestion/lot';

afterAll(removeTempDirs);

describe('French values', () => {
	it('reads counts with normal, no-break and narrow no-break thousands spaces', () => {
		expect(['1343', '1 343', '1\u00A0343', '1\u202F343', '0', '-0', '12 345 678'].map((raw) => parseCount(raw))).toEqual(
			[1343, 1343, 1343, 1343, 0, 0, 12345678].map((value) => ({ ok: true, value }))
		);
	});

	it('refuses decimals, misplaced spaces, negatives and overflows with the value quoted', () => {
		expect(parseCount('12,5')).toEqual({ ok: false, reason: '« 12,5 » est un nombre décimal ; un nombre de ménages entier est attendu.' });
		expect(parseCount('3.5')).toEqual({ ok: false, reason: '« 3.5 » est un nombre décimal ; un nombre de ménages entier est attendu.' });
		expect(parseCount('12 %')).toEqual({ ok: false, reason: '« 12 % » est un pourcentage ; un nombre de ménages entier est attendu.' });
		expect(parseCount('12,5%')).toEqual({ ok: false, reason: '« 12,5% » est un pourcentage ; un nombre de ménages entier est attendu.' });
		expect(parseCount('13 43')).toEqual({ ok: false, reason: '« 13 43 » n\'est pas un nombre entier.' });
		expect(parseCount('-3')).toEqual({ ok: false, reason: '« -3 » est négatif ; un effectif est un nombre entier positif ou nul.' });
		expect(parseCount('3000000000')).toEqual({ ok: false, reason: '« 3000000000 » est trop grand pour un effectif (au plus 2 147 483 647).' });
	});

	it('reads euros with a trailing euro sign', () => {
		expect(parseEuros('3 427 198 €')).toEqual({ ok: true, value: 3427198 });
	});

	it('reads euros with cents, French or dotted, and refuses a third decimal', () => {
		expect(parseEuros('164 268,60 €')).toEqual({ ok: true, value: 164268.6 });
		expect(parseEuros('12.5')).toEqual({ ok: true, value: 12.5 });
		expect(parseEuros('0,07')).toEqual({ ok: true, value: 0.07 });
		expect(parseEuros('12,505')).toEqual({ ok: false, reason: '« 12,505 » n\'est pas un montant en euros (au plus deux décimales).' });
	});

	it('reads months, dates and years, refusing impossible ones', () => {
		expect(parseMonth('2022-05')).toEqual({ ok: true, value: '2022-05-01' });
		expect(parseMonth('2022-13')).toEqual({ ok: false, reason: '« 2022-13 » n\'est pas un mois au format AAAA-MM.' });
		expect(parseDate('31/05/2022')).toEqual({ ok: true, value: '2022-05-31' });
		expect(parseDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
		expect(parseDate('2022-02-29')).toEqual({ ok: false, reason: '« 2022-02-29 » n\'est pas une date du calendrier.' });
		expect(parseDate('31-05-2022')).toEqual({ ok: false, reason: '« 31-05-2022 » n\'est pas une date au format AAAA-MM-JJ ou JJ/MM/AAAA.' });
		expect(parseYear('22')).toEqual({ ok: false, reason: '« 22 » n\'est pas une année au format AAAA.' });
	});

	it('reads months as spreadsheets write them: French names, MM/AAAA, two-digit years, Excel serials', () => {
		const months = ['mai-22', 'mai 2022', 'Mai 2022', 'MAI-2022', '05/2022', '5/2022', '2022-05', '44682', '44712'];
		expect(months.map((raw) => parseMonth(raw))).toEqual(months.map(() => ({ ok: true, value: '2022-05-01' })));
		expect(['janv.-22', 'févr. 2022', 'fevr-22', 'juil. 2022', 'août 2022', 'aout-22', 'sept.-22', 'déc. 2022', 'décembre 2022'].map((raw) => parseMonth(raw))).toEqual(
			['2022-01-01', '2022-02-01', '2022-02-01', '2022-07-01', '2022-08-01', '2022-08-01', '2022-09-01', '2022-12-01', '2022-12-01'].map((value) => ({ ok: true, value }))
		);
		expect(parseMonth('mais 2022')).toEqual({ ok: false, reason: '« mais 2022 » n\'est pas un mois au format AAAA-MM.' });
		expect(parseMonth('13/2022')).toEqual({ ok: false, reason: '« 13/2022 » n\'est pas un mois au format AAAA-MM.' });
		expect(parseMonth('mai 1999')).toEqual({ ok: false, reason: '« mai 1999 » n\'est pas un mois au format AAAA-MM.' });
	});

	it('reads Excel day serials of 2000–2100 in a CSV date column (1900 system) and JJ/MM/AA', () => {
		expect(parseDate('44712')).toEqual({ ok: true, value: '2022-05-31' });
		expect(parseDate('36526')).toEqual({ ok: true, value: '2000-01-01' });
		expect(parseDate('73415')).toEqual({ ok: true, value: '2100-12-31' });
		expect(parseDate('2022')).toEqual({ ok: false, reason: '« 2022 » n\'est pas une date au format AAAA-MM-JJ ou JJ/MM/AAAA.' });
		expect(parseDate('36525')).toEqual({ ok: false, reason: '« 36525 » n\'est pas une date au format AAAA-MM-JJ ou JJ/MM/AAAA.' });
		expect(parseDate('31/05/22')).toEqual({ ok: true, value: '2022-05-31' });
		expect(parseDate('1/5/2022')).toEqual({ ok: true, value: '2022-05-01' });
	});

	it('the browser module holds the same rules (french-values.ts re-exports it)', () => {
		expect(shared.parseCount).toBe(parseCount);
		expect(shared.parseMonth).toBe(parseMonth);
		expect(shared.isTotalLabel('Total général')).toBe(true);
		expect(['Total', 'TOTAL', 'total :', 'Ensemble', 'Sous-total 59'].every((label) => shared.isTotalLabel(label))).toBe(true);
		expect(['Totalement', '2022-05', 'Ensemblier'].some((label) => shared.isTotalLabel(label))).toBe(false);
	});

	it('reads list values whatever their case, and oui / non', () => {
		expect(parseEnum('Fixe', ['fixe', 'non fixe'])).toEqual({ ok: true, value: 'fixe' });
		expect(parseEnum('fixé', ['fixe', 'non fixe'])).toEqual({ ok: false, reason: '« fixé » n\'est pas une valeur admise (fixe, non fixe).' });
		expect([parseBool('OUI'), parseBool('non')]).toEqual([
			{ ok: true, value: true },
			{ ok: true, value: false }
		]);
		expect(parseBool('vrai')).toEqual({ ok: false, reason: '« vrai » n\'est ni « oui » ni « non ».' });
	});
});

describe('error list', () => {
	it('prints 50 errors then the count of the others', () => {
		const errors = Array.from({ length: 60 }, (_, i) => `erreur ${i + 1}`);
		const printed = printableErrors(errors, 1234);
		expect(printed).toHaveLength(51);
		expect(printed[49]).toBe('erreur 50');
		expect(printed[50]).toBe('… et 1\u202F184 autres erreurs.');
		expect(printableErrors(errors.slice(0, 51), 51)[50]).toBe('… et 1 autre erreur.');
	});
});

describe('CSV structure', () => {
	it('reports an unclosed quote and a line with too many values, with their lines (and the column of the quote)', async () => {
		const input = copyValidLot();
		writeFileSync(join(input, 'bailleurs.csv'), 'siren;nom;nom_court;type\n475680815;Partenord;Partenord;OPH;en trop\n277800013;"OPH de l\'Aisne;OPH;OPH\n457504694;Clésence;Clésence;ESH\n');
		const result = await run(input, join(tempDir('structure'), 'out'));
		expect(result.errors.slice(0, 2)).toEqual([
			'bailleurs.csv, ligne 2 : 5 valeurs au lieu de 4 (une par colonne de l’en-tête).',
			'bailleurs.csv, ligne 3, colonne « nom » : guillemet ouvert jamais refermé.'
		]);
	});
});

describe('CSV trailing separators', () => {
	it('accepts a stray separator at the end of the header and of some lines', async () => {
		const input = copyValidLot();
		writeFileSync(
			join(input, 'bailleurs.csv'),
			'siren;nom;nom_court;type;\n475680815;Partenord Habitat;Partenord;OPH;\n277800013;OPH de l\'Aisne;OPH Aisne;OPH\n457504694;Clésence;Clésence;ESH;;\n'
		);
		const result = await run(input, join(tempDir('trailing'), 'out'));
		expect(result.errors).toEqual([]);
		expect(result.manifest!.extracts.bailleurs.rows).toBe(3);
	});
});

describe('XLSX line numbers', () => {
	it('names the sheet row, blank rows included', async () => {
		const input = copyValidLot();
		rmSync(join(input, 'fnavdl_enveloppes.csv'));
		const workbook = new ExcelJS.Workbook();
		const sheet = workbook.addWorksheet('fnavdl_enveloppes');
		sheet.addRow(['annee', 'code_departement', 'enveloppe_eur', 'dont_bailleurs_associations_eur', 'dont_associations_eur']);
		sheet.addRow(['2022', '02', 310000, 120000, 150000]);
		sheet.addRow([]);
		sheet.addRow([2022, '59', 1000, 1200, 'mille']);
		await workbook.xlsx.writeFile(join(input, 'fnavdl_enveloppes.xlsx'));
		const result = await run(input, join(tempDir('xlsx-lines'), 'out'));
		expect(result.errors).toEqual([
			'fnavdl_enveloppes.xlsx, ligne 4, colonne « dont_associations_eur » : « mille » n\'est pas un montant en euros (au plus deux décimales).'
		]);
		const again = await (async () => {
			sheet.getRow(4).getCell(5).value = 0;
			await workbook.xlsx.writeFile(join(input, 'fnavdl_enveloppes.xlsx'));
			return run(input, join(tempDir('xlsx-lines'), 'out'));
		})();
		expect(again.errors).toEqual([
			'fnavdl_enveloppes.xlsx, ligne 4, colonne « dont_bailleurs_associations_eur » : 1\u202F200 dépasse « enveloppe_eur » (1\u202F000) ; une partie ne peut dépasser son total.'
		]);
	});
});

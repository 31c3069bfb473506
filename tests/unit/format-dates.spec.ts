import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDate, formatDateAu, formatMonth, formatMonthShort, MOIS_ABREGES, parseIsoDate } from '../../src/lib/format';

describe('formatDate / formatDateAu', () => {
	it('writes dates in French', () => {
		expect(formatDateAu('2022-05-31')).toBe('au 31 mai 2022');
		expect(formatDateAu('2022-01-01')).toBe('au 1er janvier 2022');
		expect(formatDate('2022-05-31')).toBe('31 mai 2022');
		expect(formatDate('2022-08-15')).toBe('15 août 2022');
		expect(formatDate('2021-12-02')).toBe('2 décembre 2021');
		expect(formatDate('2024-02-29')).toBe('29 février 2024');
	});
	it('prints an em dash for missing or malformed dates', () => {
		expect(formatDate(null)).toBe('—');
		expect(formatDateAu(undefined)).toBe('—');
		expect(formatDate('2022-02-30')).toBe('—');
		expect(formatDate('2023-02-29')).toBe('—');
		expect(formatDate('31/05/2022')).toBe('—');
		expect(formatDateAu('')).toBe('—');
	});
});

describe('formatMonth', () => {
	it('writes a month in French', () => {
		expect(formatMonth('2022-05')).toBe('mai 2022');
		expect(formatMonth('2022-12-01')).toBe('décembre 2022');
		expect(formatMonth('2022-13')).toBe('—');
		expect(formatMonth(null)).toBe('—');
	});
});

describe('formatMonthShort', () => {
	it('abbreviates months unambiguously, as French typography does', () => {
		expect(Array.from({ length: 12 }, (_, i) => formatMonthShort(i + 1))).toEqual([
			'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'
		]);
		expect(new Set(MOIS_ABREGES).size).toBe(12);
		expect(formatMonthShort(0)).toBe('—');
		expect(formatMonthShort(13)).toBe('—');
	});
});

describe('parseIsoDate / daysInMonth', () => {
	it('checks calendar dates without the local time zone', () => {
		expect(daysInMonth(2022, 2)).toBe(28);
		expect(daysInMonth(2024, 2)).toBe(29);
		expect(daysInMonth(2022, 12)).toBe(31);
		expect(parseIsoDate('2022-04-30')).toEqual({ year: 2022, month: 4, day: 30 });
		expect(parseIsoDate('2022-04-31')).toBeNull();
	});
});

import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatDecimal,
	formatEuros,
	formatPercent,
	formatSignedPercent,
	MISSING,
	normalizeSpaces
} from '../../src/lib/format';

const N = '\u202F';

describe('formatCount', () => {
	it('groups thousands with U+202F', () => {
		expect(formatCount(1343)).toBe(`1${N}343`);
		expect(formatCount(999)).toBe('999');
		expect(formatCount(1234567)).toBe(`1${N}234${N}567`);
		expect(formatCount(0)).toBe('0');
	});
	it('rounds to the unit and writes negatives with U+2212', () => {
		expect(formatCount(1342.5)).toBe(`1${N}343`);
		expect(formatCount(-2500)).toBe(`\u22122${N}500`);
	});
	it('prints an em dash for missing values', () => {
		expect(MISSING).toBe('—');
		expect(formatCount(null)).toBe('—');
		expect(formatCount(undefined)).toBe('—');
		// NaN marks a count masked by the statistical confidentiality rule: « s », never a number or a dash.
		expect(formatCount(Number.NaN)).toBe('s');
		expect(formatCount(Number.POSITIVE_INFINITY)).toBe('—');
	});
});

describe('formatPercent', () => {
	it('multiplies a ratio by 100, U+202F before %', () => {
		expect(formatPercent(0.8203)).toBe(`82${N}%`);
		expect(formatPercent(0.0179, 1)).toBe(`1,8${N}%`);
		expect(formatPercent(1)).toBe(`100${N}%`);
		expect(formatPercent(0.25, 2)).toBe(`25,00${N}%`);
	});
	it('rounds half away from zero despite binary noise (0.145 × 100 = 14.4999…)', () => {
		expect(formatPercent(0.145)).toBe(`15${N}%`);
		expect(formatPercent(0.0005, 1)).toBe(`0,1${N}%`);
	});
	it('prints an em dash for missing values', () => {
		expect(formatPercent(null)).toBe('—');
		expect(formatPercent(Number.NaN, 1)).toBe('s');
		expect(formatSignedPercent(Number.NaN)).toBe('s');
		expect(formatEuros(Number.NaN)).toBe('s');
	});
});

describe('formatSignedPercent', () => {
	it('signs changes with U+2212 or +', () => {
		expect(formatSignedPercent(-0.1385)).toBe(`\u221214${N}%`);
		expect(formatSignedPercent(0.09)).toBe(`+9${N}%`);
		expect(formatSignedPercent(0.0912, 1)).toBe(`+9,1${N}%`);
	});
	it('prints a change rounding to zero without sign', () => {
		expect(formatSignedPercent(0)).toBe(`0${N}%`);
		expect(formatSignedPercent(-0.001)).toBe(`0${N}%`);
		expect(formatSignedPercent(0.001)).toBe(`0${N}%`);
	});
	it('prints an em dash for missing values', () => {
		expect(formatSignedPercent(undefined)).toBe('—');
	});
});

describe('formatEuros', () => {
	it('groups thousands and puts U+202F before €', () => {
		expect(formatEuros(2611756)).toBe(`2${N}611${N}756${N}€`);
		expect(formatEuros(50)).toBe(`50${N}€`);
		expect(formatEuros(null)).toBe('—');
	});
});

describe('formatDecimal', () => {
	it('uses the French decimal comma', () => {
		expect(formatDecimal(1234.5678, 2)).toBe(`1${N}234,57`);
		expect(formatDecimal(-0.004, 2)).toBe('0,00');
	});
});

describe('normalizeSpaces', () => {
	it('turns no-break spaces and the minus sign into ASCII for comparisons', () => {
		expect(normalizeSpaces(`\u221214${N}%`)).toBe('-14 %');
		expect(normalizeSpaces('1\u00A0343')).toBe('1 343');
	});
});

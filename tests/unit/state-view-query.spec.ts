import { describe, expect, it } from 'vitest';
import { defaultView, isMonthEnd, isTerritoire, parseViewQuery, toViewQuery } from '../../src/lib/state/view-query';

const defaults = defaultView('2022-12-31');

function parse(search: string) {
	return parseViewQuery(new URLSearchParams(search), defaults);
}

describe('parseViewQuery', () => {
	it('uses the defaults without a query', () => {
		expect(defaults).toEqual({ date: '2022-12-31', territoire: '32', bailleur: '' });
		expect(parse('')).toEqual({ view: defaults, errors: [] });
	});

	it('reads valid values', () => {
		expect(parse('date=2022-05-31&territoire=59&bailleur=123456789')).toEqual({
			view: { date: '2022-05-31', territoire: '59', bailleur: '123456789' },
			errors: []
		});
		expect(parse('territoire=200093201').view.territoire).toBe('200093201');
		expect(parse('date=2024-02-29').view.date).toBe('2024-02-29');
	});

	it('rejects a date that is not a month end, with a French message', () => {
		expect(parse('date=2022-05-30')).toEqual({
			view: defaults,
			errors: ['Valeur inconnue pour « date » : 2022-05-30']
		});
		expect(parse('date=2023-02-29').errors).toEqual(['Valeur inconnue pour « date » : 2023-02-29']);
		expect(parse('date=2022-13-31').errors).toHaveLength(1);
		expect(parse('date=31/05/2022').errors).toEqual(['Valeur inconnue pour « date » : 31/05/2022']);
	});

	it('rejects unknown territories and bailleurs', () => {
		expect(parse('territoire=75')).toEqual({ view: defaults, errors: ['Valeur inconnue pour « territoire » : 75'] });
		expect(parse('territoire=2000932').errors).toEqual(['Valeur inconnue pour « territoire » : 2000932']);
		expect(parse('bailleur=abc').errors).toEqual(['Valeur inconnue pour « bailleur » : abc']);
		// A scoped build's pseudonyms (scripts/scope) are bailleurs; anything else shaped like them is not.
		expect(parse('bailleur=ANON07').view.bailleur).toBe('ANON07');
		expect(parse('bailleur=ANON7').errors).toEqual(['Valeur inconnue pour « bailleur » : ANON7']);
	});

	it('rejects quotes, SQL and over-long values, and shortens the message', () => {
		const injection = "59' OR 1=1 --";
		expect(parse(`territoire=${encodeURIComponent(injection)}`)).toEqual({
			view: defaults,
			errors: [`Valeur inconnue pour « territoire » : ${injection}`]
		});
		const long = '1'.repeat(100);
		const { view, errors } = parse(`bailleur=${long}`);
		expect(view.bailleur).toBe('');
		expect(errors).toEqual([`Valeur inconnue pour « bailleur » : ${'1'.repeat(40)}…`]);
	});

	it('keeps the valid values beside a rejected one', () => {
		expect(parse('date=x&territoire=62')).toEqual({
			view: { date: '2022-12-31', territoire: '62', bailleur: '' },
			errors: ['Valeur inconnue pour « date » : x']
		});
	});
});

describe('toViewQuery', () => {
	it('leaves defaults out and writes keys in a fixed order', () => {
		expect(toViewQuery(defaults, defaults)).toBe('');
		expect(toViewQuery({ ...defaults, bailleur: '123456789', territoire: '59' }, defaults)).toBe(
			'?territoire=59&bailleur=123456789'
		);
		expect(toViewQuery({ date: '2022-05-31', territoire: '32', bailleur: '' }, defaults)).toBe('?date=2022-05-31');
	});

	it('round-trips through parseViewQuery', () => {
		const view = { date: '2021-06-30', territoire: '80', bailleur: '987654321' };
		expect(parse(toViewQuery(view, defaults).slice(1))).toEqual({ view, errors: [] });
	});
});

describe('validators', () => {
	it('knows month ends and territories', () => {
		expect(isMonthEnd('2022-04-30')).toBe(true);
		expect(isMonthEnd('2022-04-29')).toBe(false);
		expect(isTerritoire('32')).toBe(true);
		expect(isTerritoire('02')).toBe(true);
		expect(isTerritoire('2')).toBe(false);
		expect(isTerritoire('')).toBe(false);
	});
});

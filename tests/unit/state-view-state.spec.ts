import { describe, expect, it } from 'vitest';
import { ViewState } from '../../src/lib/state/view-state.svelte';
import { defaultView } from '../../src/lib/state/view-query';

function makeState() {
	const pushed: string[] = [];
	const state = new ViewState(
		defaultView('2022-12-31'),
		async (query) => {
			pushed.push(query);
		},
		0
	);
	return { state, pushed };
}

describe('ViewState', () => {
	it('starts at the defaults', () => {
		const { state } = makeState();
		expect(state.params).toEqual({ date: '2022-12-31', territoire: '32', bailleur: '' });
		expect(state.query).toBe('');
	});

	it('follows the URL, reporting rejected values', () => {
		const { state } = makeState();
		state.readFrom(new URL('http://127.0.0.1/fnavdl?date=2022-05-31&territoire=zz'));
		expect(state.params).toEqual({ date: '2022-05-31', territoire: '32', bailleur: '' });
		expect(state.errors).toEqual(['Valeur inconnue pour « territoire » : zz']);
		state.readFrom(new URL('http://127.0.0.1/fnavdl'));
		expect(state.date).toBe('2022-12-31');
		expect(state.errors).toEqual([]);
	});

	it('pushes one history entry per change, none for no change', async () => {
		const { state, pushed } = makeState();
		expect(await state.set({ territoire: '59' })).toBe(true);
		expect(await state.set({ territoire: '59' })).toBe(false);
		expect(await state.set({ date: '2022-06-30', bailleur: '123456789' })).toBe(true);
		expect(pushed).toEqual(['?territoire=59', '?date=2022-06-30&territoire=59&bailleur=123456789']);
		expect(state.query).toBe('?date=2022-06-30&territoire=59&bailleur=123456789');
	});

	it('pushes the address after the figures, once for changes in a row, and drops it when the URL moves first', async () => {
		const pushed: string[] = [];
		const state = new ViewState(defaultView('2022-12-31'), async (query) => void pushed.push(query), 20);
		const first = state.set({ date: '2022-05-31' });
		const second = state.set({ date: '2022-04-30' });
		expect(state.date).toBe('2022-04-30');
		expect(pushed).toEqual([]);
		await Promise.all([first, second, state.whenUrlUpdated()]);
		expect(pushed).toEqual(['?date=2022-04-30']);
		void state.set({ territoire: '59' });
		state.readFrom(new URL('http://127.0.0.1/prioritaires?date=2022-03-31'));
		await new Promise((resolve) => setTimeout(resolve, 40));
		expect(pushed).toEqual(['?date=2022-04-30']);
		expect(state.params).toEqual({ date: '2022-03-31', territoire: '32', bailleur: '' });
	});

	it('refuses a malformed value and keeps the state', async () => {
		const { state, pushed } = makeState();
		expect(await state.set({ date: '2022-06-15' })).toBe(false);
		expect(state.date).toBe('2022-12-31');
		expect(state.errors).toEqual(['Valeur inconnue pour « date » : 2022-06-15']);
		expect(pushed).toEqual([]);
	});
});

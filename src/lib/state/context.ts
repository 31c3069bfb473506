import { getContext, setContext } from 'svelte';
import type { ViewState } from './view-state.svelte';

const KEY = Symbol('view-state');

/** Shares the page's {@link ViewState} with the components below (called once, in the root layout). */
export function setViewState(state: ViewState): ViewState {
	return setContext(KEY, state);
}

/** The {@link ViewState} set by the root layout; throws when called outside it. */
export function getViewState(): ViewState {
	const state = getContext<ViewState | undefined>(KEY);
	if (!state) throw new Error('ViewState absent : getViewState() doit être appelé sous le layout racine.');
	return state;
}

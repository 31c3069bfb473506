/**
 * Whether long tables fold (first rows and « Voir les N lignes »). A slide of the commission,
 * its PowerPoint and its printout show every row: the slide sets this context for its tables.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('tables-entieres');

/** Tables under the calling component show all their rows. */
export function setTablesEntieres(): void {
	setContext(KEY, true);
}

export function tablesEntieres(): boolean {
	return getContext<boolean | undefined>(KEY) === true;
}

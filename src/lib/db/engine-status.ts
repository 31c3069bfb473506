/**
 * The state of the browser engine, for pages that show a notice while it boots or when an
 * extract is broken. A Svelte store: `$engineStatus` in components.
 */
import { writable, type Readable } from 'svelte/store';
import type { TableName } from '../contract/extracts';

export interface EngineStatus {
	/** `idle` before first paint, `loading` while DuckDB-wasm boots, `ready`, or `failed` (engine unusable). */
	state: 'idle' | 'loading' | 'ready' | 'failed';
	/** French message when `state === 'failed'`, else null. */
	message: string | null;
	/** Extracts that could not be loaded → French message; their tables are absent, the others work. */
	brokenExtracts: Partial<Record<TableName, string>>;
}

const INITIAL: EngineStatus = { state: 'idle', message: null, brokenExtracts: {} };

const status = writable<EngineStatus>(INITIAL);

/** Read-only view of the engine state. */
export const engineStatus: Readable<EngineStatus> = { subscribe: status.subscribe };

/** Internal to src/lib/db: updates the state. */
export const updateEngineStatus = (change: Partial<EngineStatus>) => status.update((s) => ({ ...s, ...change }));

/** French message for an engine that failed to boot. */
export function engineFailureMessage(cause: string): string {
	return `Le moteur de calcul du navigateur n'a pas pu démarrer : ${cause}. Les chiffres affichés restent ceux de la publication.`;
}

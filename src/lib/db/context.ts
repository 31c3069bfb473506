/**
 * The query engine as a Svelte context: the root layout provides it, pages get it.
 * In the browser it is DuckDB-wasm (started after first paint); during server rendering it
 * refuses to run, because prerendered figures come from `getBuildEngine()` in server loads.
 */
import { getContext, setContext } from 'svelte';
import type { Query, QueryRunner } from '../queries/query';
import { browserEngine, startAndExposeEngine } from './browser-engine';

const ENGINE_KEY = Symbol('pdalhpd-query-engine');

/** Runner used while rendering on the server: every query rejects with a French explanation. */
export const serverRenderingEngine: QueryRunner = {
	run: <Row>(query: Query<Row>) =>
		Promise.reject<Row[]>(
			new Error(
				`Requête « ${query.name} » lancée au rendu serveur : le moteur du navigateur n'existe pas encore. ` +
					`Calculez les chiffres publiés dans +page.server.ts avec getBuildEngine() ($lib/server/engine).`
			)
		)
};

/** Sets the engine for the component tree below (call during component initialisation). */
export function setEngine(engine: QueryRunner): QueryRunner {
	return setContext(ENGINE_KEY, engine);
}

/**
 * The engine set by an ancestor (call during component initialisation).
 * Throws if none was set: the root layout must call `provideEngine()`.
 */
export function getEngine(): QueryRunner {
	const engine = getContext<QueryRunner | undefined>(ENGINE_KEY);
	if (!engine) {
		throw new Error("Moteur de requêtes absent : src/routes/+layout.svelte doit appeler provideEngine() de '$lib/db'.");
	}
	return engine;
}

/**
 * For the root layout: sets the browser engine (or the server-rendering stub) as context and,
 * in the browser, starts it after first paint and exposes `window.__pdalhpd`.
 */
export function provideEngine(): QueryRunner {
	if (typeof window === 'undefined') return setEngine(serverRenderingEngine);
	startAndExposeEngine();
	return setEngine(browserEngine);
}

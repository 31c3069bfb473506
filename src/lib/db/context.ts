/**
 * The query engine as a Svelte context: the root layout provides it, pages get it.
 * In the browser it is DuckDB-wasm (started after first paint); during server rendering it
 * refuses to run, because prerendered figures come from `getBuildEngine()` in server loads.
 */
import { getContext, setContext } from 'svelte';
import type { Query, QueryRunner } from '../queries/query';
import { browserEngine, startAndExposeEngine } from './browser-engine';
import { DIFFUSION } from '../secret/diffusion';
import { diffusionEngine } from '../secret/engine';

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
 * The engine set by an ancestor (call during component initialisation). In the browser, the
 * first call starts DuckDB-wasm (after first paint) and exposes `window.__pdalhpd`: pages that
 * never query (legal notices, methodology) do not download the engine.
 * Throws if none was set: the root layout must call `provideEngine()`.
 */
export function getEngine(): QueryRunner {
	const engine = getContext<QueryRunner | undefined>(ENGINE_KEY);
	if (!engine) {
		throw new Error("Moteur de requêtes absent : src/routes/+layout.svelte doit appeler provideEngine() de '$lib/db'.");
	}
	if (engine === browserEngine) startAndExposeEngine();
	return engine;
}

/** For the root layout: sets the browser engine (or the server-rendering stub) as context; pages start it with `getEngine()`. */
export function provideEngine(): QueryRunner {
	// A diffusion build ships no extracts: its browser engine refuses every query with a French notice, DuckDB-wasm never starts.
	return setEngine(typeof window === 'undefined' ? serverRenderingEngine : DIFFUSION ? diffusionEngine : browserEngine);
}

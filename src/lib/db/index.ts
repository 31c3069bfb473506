/**
 * The browser query engine (DuckDB-wasm). Root layout: `provideEngine()`; pages:
 * `getEngine().run(query)`, usually through a `LiveView` ($lib/state) that keeps only the latest answer.
 */
export { getEngine, provideEngine, setEngine } from './context';
export { engineStatus, type EngineStatus } from './engine-status';
export { ExtractError, isAbortError, messageOf } from './errors';
export { startEngine, type EngineReport } from './browser-engine';
export type { PlainRow } from './plain-rows';

/**
 * The browser query engine (DuckDB-wasm). Root layout: `provideEngine()`; pages:
 * `getEngine().run(query)`, ignoring rejections where `isAbortError(error)` (superseded query).
 */
export { getEngine, provideEngine, setEngine } from './context';
export { engineStatus, type EngineStatus } from './engine-status';
export { ExtractError, StaleQueryError, isAbortError } from './errors';
export { startEngine, type EngineReport } from './browser-engine';
export type { PlainRow } from './plain-rows';

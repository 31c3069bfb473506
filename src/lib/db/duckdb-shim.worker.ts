/**
 * A classic worker that runs DuckDB-wasm's own worker script (`?worker=`) with its wasm module
 * (`?wasm=`) already downloading and compiling from the moment the worker starts, and compiled
 * straight from `fetch()`, which lets Chromium keep the compiled code for the next visits.
 *
 * Two narrow substitutions, for that one URL only, because DuckDB's worker fetches and
 * compiles the module itself when the page asks it to instantiate (later):
 * - `fetch(wasm)` answers a marker response without a request (the download has started here);
 * - `WebAssembly.instantiateStreaming(marker)` instantiates the module compiled here.
 * And `TransformStream` is removed: DuckDB would otherwise rebuild the response to report download
 * progress (which we do not show), then pass it on.
 */
const params = new URL(self.location.href).searchParams;

/** The URL of `name` if it is a file of our own build (fingerprinted, same origin), else throws. */
function ownFile(name: string): URL {
	const value = params.get(name);
	const url = value ? new URL(value, self.location.href) : null;
	if (!url || url.origin !== self.location.origin || !url.pathname.includes('/_app/immutable/')) {
		throw new Error(`Fichier du moteur refusé (${name}) : ${String(value).slice(0, 80)}`);
	}
	return url;
}

const workerUrl = ownFile('worker');
const wasmUrl = ownFile('wasm').href;
const compiled = WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' }));
compiled.catch(() => {}); // reported by the instantiation below, which DuckDB turns into its error

const marker = new Response(null, { headers: { 'x-pdalhpd': 'wasm-compile-en-cours' } });
const realFetch = self.fetch.bind(self);
self.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
	const url = input instanceof Request ? input.url : String(input);
	return url === wasmUrl ? Promise.resolve(marker) : realFetch(input, init);
};
const realInstantiateStreaming = WebAssembly.instantiateStreaming.bind(WebAssembly);
WebAssembly.instantiateStreaming = async (source, imports) => {
	if ((await source) !== marker) return realInstantiateStreaming(source, imports);
	const module = await compiled;
	return { module, instance: await WebAssembly.instantiate(module, imports) };
};

Reflect.deleteProperty(self, 'TransformStream');
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
	// DuckDB's note that it has no progress handler without TransformStream: expected, not a fault.
	if (typeof args[0] === 'string' && args[0].startsWith('instantiating without progress handler')) return;
	warn(...args);
};
(self as unknown as { importScripts(url: string): void }).importScripts(workerUrl.href);

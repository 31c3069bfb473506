/**
 * Resolves once the page has painted: after the `load` event and the first contentful paint,
 * then one task later (the `load` handlers have run). DuckDB-wasm (34 MB of wasm) must never
 * compete with the first paint; it does not wait for an idle period either: the figures are
 * painted by then, and on these pages the main thread is rarely idle before 1 to 2 s more
 * (hydration, the map), which the engine's first answer would wait for (measured by the bench).
 */
/** A page with nothing contentful never reports a paint: do not wait for it forever. */
const PAINT_TIMEOUT_MS = 3000;

function whenLoaded(): Promise<void> {
	if (document.readyState === 'complete') return Promise.resolve();
	return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

function whenContentfulPaint(): Promise<void> {
	const painted = () => performance.getEntriesByName('first-contentful-paint').length > 0;
	if (painted() || typeof PerformanceObserver === 'undefined') return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => (observer.disconnect(), clearTimeout(timer), resolve());
		const observer = new PerformanceObserver(() => painted() && done());
		const timer = setTimeout(done, PAINT_TIMEOUT_MS);
		observer.observe({ type: 'paint', buffered: true });
	});
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Browser only. Resolves after load and first contentful paint, in that order. */
export async function afterFirstPaint(): Promise<void> {
	await whenLoaded();
	await whenContentfulPaint();
	await nextTask();
}

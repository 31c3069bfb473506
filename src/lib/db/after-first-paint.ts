/**
 * Resolves once the page has painted and the browser is idle: after the `load` event, the
 * first contentful paint and an idle period (or a timeout where `requestIdleCallback` is
 * missing). DuckDB-wasm (34 MB of wasm) must never compete with the first paint.
 */

const IDLE_TIMEOUT_MS = 2000;
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

function whenIdle(): Promise<void> {
	return new Promise((resolve) => {
		if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
		else setTimeout(resolve, 200);
	});
}

/** Browser only. Resolves after load, first contentful paint and idle, in that order. */
export async function afterFirstPaint(): Promise<void> {
	await whenLoaded();
	await whenContentfulPaint();
	await whenIdle();
}

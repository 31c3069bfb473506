/**
 * Resolves once the browser has had its chance to paint the prerendered page: after the next
 * animation frame, one task later (the frame's paint is done by then). A hidden page never
 * renders frames: it does not wait. The figures are in the HTML; hydration and DuckDB-wasm
 * must not be ahead of them on the two cores of a modest workstation.
 */

/** If no frame comes (a background tab is throttled), at most this long. */
const FRAME_TIMEOUT_MS = 200;

/** Browser only. */
export function afterFirstPaint(): Promise<void> {
	if (document.visibilityState === 'hidden') return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, FRAME_TIMEOUT_MS);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			}, 0)
		);
	});
}

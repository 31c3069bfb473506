/**
 * The attributes of figures that may be another view's than the one asked (LiveView.staleMarked):
 * hidden from screen readers and out of the keyboard's reach while they are; `data-vue-perimee`
 * for tests and the benchmark. Put them on the element that holds the figures, with
 * `class:vue-perimee={marked}` (greyed: src/lib/styles/app.css).
 */
export function staleAttributes(marked: boolean): Record<string, string | boolean | undefined> {
	return marked ? { inert: true, 'aria-hidden': 'true', 'data-vue-perimee': '' } : { inert: false, 'aria-hidden': undefined, 'data-vue-perimee': undefined };
}

/** Moving between slides: pure functions of the current index (0-based) and the count. */

export type SlideMove = 'next' | 'previous' | 'first' | 'last';

/** The index after a move, kept within the slides. */
export function nextSlide(current: number, count: number, move: SlideMove): number {
	const target = move === 'next' ? current + 1 : move === 'previous' ? current - 1 : move === 'first' ? 0 : count - 1;
	return Math.max(0, Math.min(count - 1, target));
}

/** The slide a URL fragment names (`#3` → index 2); the first slide for anything else. */
export function slideFromHash(hash: string, count: number): number {
	const match = /^#(\d{1,3})$/.exec(hash);
	const n = match ? Number(match[1]) : 1;
	return n >= 1 && n <= count ? n - 1 : 0;
}

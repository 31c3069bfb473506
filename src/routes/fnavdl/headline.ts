/** The deck's way of quoting household counts in prose: to the hundred (« près de 1 700 »). */
import { formatCount } from '$lib/format';

/** `1 725` → `près de 1 700`; a count already round to the hundred is quoted as is. */
export function aLaCentaine(count: number): string {
	const rounded = Math.round(count / 100) * 100;
	return rounded === count ? formatCount(count) : `près de ${formatCount(rounded)}`;
}

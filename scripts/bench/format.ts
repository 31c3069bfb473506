/** French rendering of the benchmark's figures and of its text table (terminal output). */

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Milliseconds, rounded: `1 234 ms` (narrow no-break space as thousands separator); `—` when null. */
export function formatMs(ms: number | null): string {
	return ms === null ? '—' : `${integer.format(ms)} ms`;
}

/** Bytes as kilo-octets (1 ko = 1 000 octets), rounded: `412 ko`; `—` when null. */
export function formatKo(bytes: number | null): string {
	return bytes === null ? '—' : `${integer.format(bytes / 1000)} ko`;
}

/** Bytes as mega-octets (1 Mo = 1 000 000 octets), one decimal: `33,9 Mo`; `—` when null. Signed when `signed`. */
export function formatMo(bytes: number | null, signed = false): string {
	if (bytes === null) return '—';
	const text = `${oneDecimal.format(bytes / 1e6)} Mo`;
	return signed && bytes > 0 ? `+${text}` : text;
}

/** A ratio with one decimal: `× 2,4`; `—` when null. */
export function formatRatio(value: number | null): string {
	return value === null ? '—' : `× ${oneDecimal.format(value)}`;
}

/**
 * A plain-text table: columns padded to their widest cell, separated by ` | `, a dashed
 * line under the header. The first column is left-aligned, the others right-aligned.
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const all = [header, ...rows];
	const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
	const line = (row: readonly string[]) =>
		row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join(' | ').trimEnd();
	return [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
}

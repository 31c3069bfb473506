/** The months and observation dates covered by the demonstration data (2021–2022). */

/** `YYYY-MM`, January 2021 to December 2022 (24 months). */
export const MONTHS: readonly string[] = [2021, 2022].flatMap((y) =>
	Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, '0')}`)
);

/** Last day of a `YYYY-MM` month, as `YYYY-MM-DD`. */
function monthEnd(month: string): string {
	const [y, m] = month.split('-').map(Number);
	const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return `${month}-${String(day).padStart(2, '0')}`;
}

/** Stock observation dates: 1 January of each year and every month end, sorted. */
export const STOCK_DATES: readonly string[] = ['2021-01-01', ...MONTHS.map(monthEnd), '2022-01-01'].sort();

/** Calendar weight of each month (1 = average): fewer lettings in August and December. */
export const SEASONALITY: Readonly<Record<string, number>> = {
	'01': 0.93, '02': 0.9, '03': 1.06, '04': 1.0, '05': 0.97, '06': 1.08,
	'07': 1.12, '08': 0.82, '09': 1.12, '10': 1.06, '11': 1.0, '12': 0.94
};

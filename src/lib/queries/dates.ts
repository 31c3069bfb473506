/** The month ends for which attributions exist: the choices of the date selector. */
import { query, type Query } from './query';

export interface DateDisponibleRow {
	/** Month end, `YYYY-MM-DD`. */
	date: string;
}

export function datesDisponibles(): Query<DateDisponibleRow> {
	return query<DateDisponibleRow>(
		'dates-disponibles',
		`SELECT DISTINCT strftime(last_day(mois), '%Y-%m-%d') AS date FROM attributions ORDER BY date DESC`
	);
}

/** The export actions offered under a table, a chart or a map. */
import { toCsv } from '$lib/export/csv';
import { toExportTable } from '$lib/export/cells';
import { downloadFile, MIME } from '$lib/export/download';
import { exportFileName } from '$lib/export/file-name';
import type { Column } from '$lib/components/tables/columns';

/** A button of the export menu: its visible label (« CSV ») and what a click does. */
export interface ExportAction {
	label: string;
	run: () => Promise<void> | void;
}

/** CSV and XLSX of a table as shown (rows in their displayed order); the note holds source and date. */
export function tableActions<Row>(caption: string, note: string, columns: Column<Row>[], rows: () => readonly Row[]): ExportAction[] {
	const table = () => toExportTable(caption, note, columns, rows());
	return [
		{ label: 'CSV', run: () => downloadFile(toCsv(table()), exportFileName(caption, note, 'csv'), MIME.csv) },
		{
			label: 'XLSX',
			run: async () => {
				const { toXlsx } = await import('$lib/export/xlsx');
				downloadFile(await toXlsx(table()), exportFileName(caption, note, 'xlsx'), MIME.xlsx);
			}
		}
	];
}

/**
 * Empty input templates, generated from the contract: `<table>.csv` (header only, `;`,
 * UTF-8 with BOM) and `<table>.xlsx` (the header row on a sheet named after the table,
 * and a sheet « aide » describing each column).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { INPUT_TABLES, type InputTableSpec } from '../../src/lib/contract/inputs.ts';
import { requiredLabel, typeLabel } from './type-labels.ts';

/** A fixed date for the workbook properties, so regenerating gives the same content. */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** The CSV template: BOM, header joined with `;`, CRLF (what Excel writes). */
export function csvTemplate(spec: InputTableSpec): string {
	return `\uFEFF${spec.columns.map((c) => c.name).join(';')}\r\n`;
}

/** The XLSX template as a workbook (not yet written). */
export function xlsxTemplate(spec: InputTableSpec): ExcelJS.Workbook {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = 'Tableau de bord PDALHPD';
	workbook.created = FIXED_DATE;
	workbook.modified = FIXED_DATE;
	const sheet = workbook.addWorksheet(spec.name);
	sheet.columns = spec.columns.map((c) => ({ header: c.name, key: c.name, width: Math.max(12, c.name.length + 4) }));
	sheet.getRow(1).font = { bold: true };
	spec.columns.forEach((c, i) => {
		// Codes keep their leading zeros only if Excel treats the column as text.
		if (c.type === 'code' || c.type === 'month') sheet.getColumn(i + 1).numFmt = '@';
	});
	const aide = workbook.addWorksheet('aide');
	aide.columns = [
		{ header: 'colonne', width: 32 },
		{ header: 'type', width: 60 },
		{ header: 'obligatoire', width: 22 },
		{ header: 'description', width: 90 }
	];
	aide.getRow(1).font = { bold: true };
	for (const c of spec.columns) aide.addRow([c.name, typeLabel(c), requiredLabel(c), c.label]);
	aide.addRow([]);
	aide.addRow([`Clé (unique) : ${spec.key.join(' + ')}`]);
	for (const rule of spec.subCounts ?? []) aide.addRow([`« ${rule.part} » ne peut dépasser « ${rule.whole} ».`]);
	return workbook;
}

/** Writes both templates of every table into `dir`; returns the file names written. */
export async function writeTemplates(dir: string): Promise<string[]> {
	mkdirSync(dir, { recursive: true });
	const written: string[] = [];
	for (const spec of INPUT_TABLES) {
		writeFileSync(join(dir, `${spec.name}.csv`), csvTemplate(spec));
		await xlsxTemplate(spec).xlsx.writeFile(join(dir, `${spec.name}.xlsx`));
		written.push(`${spec.name}.csv`, `${spec.name}.xlsx`);
	}
	return written;
}

/**
 * The same lot saved the ways a DREAL officer's tools save it (Windows-1252 with CRLF
 * and `1 343`, comma-separated with a BOM, XLSX) gives byte-identical extracts.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inputTable, type InputTableName } from '../../src/lib/contract/inputs';
import { copyValidLot, folderHashes, readLotTable, run, TABLE_NAMES, tempDir, toCsv, VALID_LOT, removeTempDirs } from '../fixtures/ingestion/lot';

afterAll(removeTempDirs);

/** `1343` → `1<space>343`, for count and euro columns. */
function groupThousands(cell: string, space: string): string {
	return /^\d{4,}$/.test(cell) ? cell.replace(/\B(?=(\d{3})+$)/g, space) : cell;
}

function numberColumns(table: string): Set<number> {
	const header = readLotTable(table)[0];
	const spec = inputTable(table as InputTableName);
	return new Set(header.map((name, i) => (['count', 'euros'].includes(spec.columns.find((c) => c.name === name)!.type) ? i : -1)).filter((i) => i >= 0));
}

/** Writes every table of the valid lot through `write` into a copy (keeping sources.json). */
async function rewriteLot(write: (dir: string, table: string, rows: string[][]) => void | Promise<void>): Promise<string> {
	const dir = copyValidLot();
	for (const table of TABLE_NAMES) {
		rmSync(join(dir, `${table}.csv`));
		await write(dir, table, readLotTable(table));
	}
	return dir;
}

async function extractsOf(input: string): Promise<Record<string, string>> {
	const output = join(tempDir('out'), 'extracts');
	const result = await run(input, output);
	expect(result.errors).toEqual([]);
	return folderHashes(output);
}

describe('input formats', () => {
	let reference: Record<string, string>;
	beforeAll(async () => {
		reference = await extractsOf(VALID_LOT);
	}, 60_000);

	it('Windows-1252, `;`, CRLF, thousands with a space or a no-break space', async () => {
		const input = await rewriteLot((dir, table, rows) => {
			const numbers = numberColumns(table);
			const grouped = rows.map((row, r) => row.map((cell, i) => (r > 0 && numbers.has(i) ? groupThousands(cell, r % 2 ? ' ' : '\u00A0') : cell)));
			writeFileSync(join(dir, `${table}.csv`), iconv.encode(toCsv(grouped, ';', '\r\n'), 'win1252'));
		});
		expect(await extractsOf(input)).toEqual(reference);
	});

	it('UTF-8 with BOM, `,` separated, narrow no-break spaces in numbers', async () => {
		const input = await rewriteLot((dir, table, rows) => {
			const numbers = numberColumns(table);
			const grouped = rows.map((row, r) => row.map((cell, i) => (r > 0 && numbers.has(i) ? groupThousands(cell, '\u202F') : cell)));
			writeFileSync(join(dir, `${table}.csv`), `\uFEFF${toCsv(grouped, ',', '\n')}`);
		});
		expect(await extractsOf(input)).toEqual(reference);
	});

	it('XLSX: numbers as numbers, dates as Excel dates, one table on a first sheet of another name', async () => {
		const input = await rewriteLot(async (dir, table, rows) => {
			const spec = inputTable(table as InputTableName);
			const workbook = new ExcelJS.Workbook();
			workbook.addWorksheet('notes').addRow(['Exporté depuis le SNE']);
			const sheet = table === 'stocks' ? workbook.addWorksheet('Feuil1') : workbook.addWorksheet(table);
			if (table === 'stocks') workbook.removeWorksheet(workbook.getWorksheet('notes')!.id);
			rows.forEach((row, r) => {
				const cells = row.map((cell, i) => {
					const type = spec.columns.find((c) => c.name === rows[0][i])!.type;
					if (r === 0 || cell === '') return cell === '' ? null : cell;
					if (['count', 'euros', 'year'].includes(type)) return Number(cell);
					if (type === 'date') {
						const [d, m, y] = cell.includes('/') ? cell.split('/') : cell.split('-').reverse();
						return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
					}
					return cell;
				});
				sheet.addRow(cells);
			});
			await workbook.xlsx.writeFile(join(dir, `${table}.xlsx`));
		});
		expect(await extractsOf(input)).toEqual(reference);
	});
});

/**
 * The committed templates (data/templates) and docs/contrat-de-donnees.md follow the
 * input contract: every column present, in order, described; the document is current.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { INPUT_TABLES } from '../../src/lib/contract/inputs';
import { contractMarkdown } from '../../scripts/data/contract-doc';

const doc = readFileSync('docs/contrat-de-donnees.md', 'utf8');

describe('docs/contrat-de-donnees.md', () => {
	it('is the document generated from the current contract', () => {
		expect(doc).toBe(contractMarkdown());
	});

	it.each(INPUT_TABLES.map((t) => [t.name, t] as const))('describes every column of %s in its section', (name, spec) => {
		const section = doc.split(`### \`${name}\``)[1].split('\n### ')[0];
		for (const column of spec.columns) expect(section).toContain(`| \`${column.name}\` |`);
		expect(section).toContain(`**Clé** (une seule ligne par combinaison) : ${spec.key.map((k) => `\`${k}\``).join(' + ')}.`);
	});

	it('explains how to update the data', () => {
		expect(doc).toContain('Lancer `npm run data -- --input dossier`');
	});
});

describe('data/templates', () => {
	it.each(INPUT_TABLES.map((t) => [t.name, t] as const))('%s.csv is the header, `;`, UTF-8 with BOM', (name, spec) => {
		const text = readFileSync(`data/templates/${name}.csv`, 'utf8');
		expect(text).toBe(`\uFEFF${spec.columns.map((c) => c.name).join(';')}\r\n`);
	});

	it.each(INPUT_TABLES.map((t) => [t.name, t] as const))('%s.xlsx has the header row and an « aide » sheet', async (name, spec) => {
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(`data/templates/${name}.xlsx`);
		expect(workbook.worksheets.map((s) => s.name)).toEqual([name, 'aide']);
		expect((workbook.getWorksheet(name)!.getRow(1).values as string[]).slice(1)).toEqual(spec.columns.map((c) => c.name));
		const aide = workbook.getWorksheet('aide')!;
		expect((aide.getRow(1).values as string[]).slice(1)).toEqual(['colonne', 'type', 'obligatoire', 'description']);
		const described = spec.columns.map((_, i) => (aide.getRow(i + 2).values as string[]).slice(1));
		expect(described.map((row) => row[0])).toEqual(spec.columns.map((c) => c.name));
		expect(described.map((row) => row[2])).toEqual(spec.columns.map((c) => (c.required ? 'oui' : 'non (peut rester vide)')));
		expect(described.map((row) => row[3])).toEqual(spec.columns.map((c) => c.label));
	});
});

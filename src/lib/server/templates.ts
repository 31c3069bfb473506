/**
 * The empty input templates of `data/templates/` (one CSV and one XLSX per input table),
 * offered for download on /donnees.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './extracts-dir';

const CONTENT_TYPES: Record<string, string> = {
	csv: 'text/csv; charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
};

export function templatesDir(): string {
	return join(projectRoot(), 'data', 'templates');
}

/** File names of the templates, sorted (`attributions.csv`, `attributions.xlsx`, …). */
export function templateFileNames(dir = templatesDir()): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => /^[a-z_]+\.(csv|xlsx)$/.test(name))
		.sort();
}

/** The template's bytes and content type; null for any name that is not a template file. */
export function readTemplate(name: string, dir = templatesDir()): { body: Uint8Array; contentType: string } | null {
	if (!templateFileNames(dir).includes(name)) return null;
	const extension = name.split('.').pop()!;
	return { body: readFileSync(join(dir, name)), contentType: CONTENT_TYPES[extension] };
}

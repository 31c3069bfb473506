/**
 * `npm run data` as a process: exit code, the French report, the error cap.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyValidLot, editTable, folderHashes, tempDir, removeTempDirs } from '../fixtures/ingestion/lot';

afterAll(removeTempDirs);

function cli(input: string, output: string) {
	const run = spawnSync('node_modules/.bin/tsx', ['scripts/data/cli.ts', '--input', input, '--output', output], { encoding: 'utf8', timeout: 60_000 });
	return { status: run.status, lines: run.stdout.trimEnd().split('\n') };
}

describe('npm run data', () => {
	it('prints the summary and exits 0 on the valid lot', () => {
		const output = join(tempDir('cli-ok'), 'extracts');
		const { status, lines } = cli('tests/fixtures/ingestion/valid', output);
		expect(status).toBe(0);
		expect(lines[1]).toBe('Extraits écrits (données de démonstration), dernière date : 31/05/2022.');
		expect(lines[4]).toBe('  attributions             6 lignes  au 31/05/2022  (7 lignes lues dans attributions.csv)');
		expect(lines[10]).toBe('2 avertissements :');
		expect(lines.at(-1)).toMatch(/^Durée : \d+,\d s\.$/);
	});

	it('lists 50 errors then the count of the others, exits 1 and writes nothing', () => {
		const input = copyValidLot();
		const output = join(tempDir('cli-ko'), 'extracts');
		const bad = Array.from({ length: 60 }, (_, i) => ['2023-01', '59350', '475680815', '10', `x${i}`, '0', '0', '0', '0', '0', '0', '0']);
		editTable(input, 'attributions', (rows) => [...rows, ...bad]);
		const { status, lines } = cli(input, output);
		expect(status).toBe(1);
		expect(lines[1]).toBe(`Échec : 60 erreurs ; aucun extrait écrit, ${output} est inchangé.`);
		expect(lines[2]).toBe('  ✗ attributions.csv, ligne 9, colonne « prioritaires » : « x0 » n\'est pas un nombre entier.');
		expect(lines[51]).toBe('  ✗ attributions.csv, ligne 58, colonne « prioritaires » : « x49 » n\'est pas un nombre entier.');
		expect(lines[52]).toBe('  … et 10 autres erreurs.');
		expect(folderHashes(output)).toEqual({});
	});

	it('exits 1 with a French message, not a stack trace, on a truncated workbook', () => {
		const input = copyValidLot();
		rmSync(join(input, 'stocks.csv'));
		copyFileSync('tests/fixtures/ingestion/broken/xlsx-tronque/stocks.xlsx', join(input, 'stocks.xlsx'));
		const { status, lines } = cli(input, join(tempDir('cli-xlsx'), 'extracts'));
		expect(status).toBe(1);
		expect(lines[2]).toBe('  ✗ stocks.xlsx : classeur XLSX illisible : fichier tronqué ou endommagé ; rouvrez-le dans le tableur et enregistrez-le à nouveau.');
	});
});

/**
 * The output folder is replaced as a whole, and what an interrupted run leaves behind
 * (a half-written new folder, or the previous extracts set aside) is repaired.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyValidLot, editTable, folderHashes, run, VALID_LOT, removeTempDirs, previousExtracts } from '../fixtures/ingestion/lot';

afterAll(removeTempDirs);

describe('atomic replacement of the extracts', () => {
	it('replaces the whole folder: a stray file of the previous run is gone, no hidden folder left', async () => {
		const { output, hashes } = await previousExtracts();
		writeFileSync(join(output, 'ancien.parquet'), 'x');
		expect((await run(VALID_LOT, output)).ok).toBe(true);
		expect(folderHashes(output)).toEqual(hashes);
		expect(readdirSync(dirname(output))).toEqual(['extracts']);
	});

	it('deletes the unfinished folder of a killed run and keeps the previous extracts', async () => {
		const { output, hashes } = await previousExtracts();
		const unfinished = join(dirname(output), '.extracts.nouveau-99999');
		mkdirSync(unfinished);
		writeFileSync(join(unfinished, 'attributions.parquet'), 'à moitié écrit');
		const input = copyValidLot();
		editTable(input, 'attributions', (rows) => (rows[1][3] = 'beaucoup', rows));
		expect((await run(input, output)).ok).toBe(false);
		expect(existsSync(unfinished)).toBe(false);
		expect(folderHashes(output)).toEqual(hashes);
	});

	it('restores the previous extracts when a run was killed between the two renames', async () => {
		const { output, hashes } = await previousExtracts();
		renameSync(output, join(dirname(output), '.extracts.ancien-99999'));
		const input = copyValidLot();
		rmSync(join(input, 'stocks.csv'));
		const result = await run(input, output);
		expect(result.errors).toEqual([`stocks.csv : fichier absent ; déposez stocks.csv ou stocks.xlsx dans ${input}.`]);
		expect(folderHashes(output)).toEqual(hashes);
		expect(readdirSync(dirname(output))).toEqual(['extracts']);
	});
});

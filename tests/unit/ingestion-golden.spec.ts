/**
 * Golden output of the valid lot: the manifest (rows, as-of dates, sources and the
 * sha256 of every Parquet file) must equal tests/fixtures/ingestion/expected/manifest.json.
 * On a mismatch the actual manifest is written beside it (manifest.actual.json) to diff.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { manifestText } from '../../scripts/data/manifest';
import { run, tempDir, VALID_LOT, removeTempDirs } from '../fixtures/ingestion/lot';

const EXPECTED = 'tests/fixtures/ingestion/expected/manifest.json';
const ACTUAL = 'tests/fixtures/ingestion/expected/manifest.actual.json';
afterAll(removeTempDirs);

describe('golden extracts of the valid lot', () => {
	it('gives exactly the stored manifest, Parquet hashes included', async () => {
		const parent = tempDir('golden');
		const result = await run(VALID_LOT, join(parent, 'extracts'));
		const actual = manifestText(result.manifest!);
		const expected = readFileSync(EXPECTED, 'utf8');
		if (actual !== expected) writeFileSync(ACTUAL, actual);
		else rmSync(ACTUAL, { force: true });
		expect(actual).toBe(expected);
	});
});

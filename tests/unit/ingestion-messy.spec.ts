/**
 * The corpus of messy real-world inputs (tests/fixtures/messy, written by its
 * build-fixtures.ts): each folder laid over a copy of the valid lot gives exactly the
 * report of its `attendu.json` — every error and every warning, in order — and either
 * the valid lot's extracts byte for byte (`memesExtraitsQueLeLotValide`) or, on failure,
 * leaves the previous extracts untouched.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures, CASES } from '../fixtures/messy/build-fixtures';
import { copyValidLot, folderHashes, previousExtracts, removeTempDirs, run, tempDir } from '../fixtures/ingestion/lot';

const CORPUS = 'tests/fixtures/messy';

interface Expected {
	/** What the case reproduces, in French. */
	cas: string;
	ok: boolean;
	erreurs: string[];
	avertissements: string[];
	/** The run succeeds with the valid lot's extracts, byte for byte. */
	memesExtraitsQueLeLotValide?: boolean;
}

const folders = readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory()).sort();
const expectedOf = (name: string): Expected => JSON.parse(readFileSync(join(CORPUS, name, 'attendu.json'), 'utf8')) as Expected;

/** A copy of the valid lot with the case's files laid over it (an XLSX replaces its table's CSV). */
function messyLot(name: string): string {
	const dir = copyValidLot();
	for (const file of readdirSync(join(CORPUS, name))) {
		if (file === 'attendu.json') continue;
		if (file.endsWith('.xlsx')) rmSync(join(dir, file.replace(/\.xlsx$/, '.csv')));
		cpSync(join(CORPUS, name, file), join(dir, file));
	}
	return dir;
}

afterAll(removeTempDirs);

describe('messy real files corpus', () => {
	let output: string;
	let previous: Record<string, string>;
	beforeAll(async () => {
		({ output, hashes: previous } = await previousExtracts('messy'));
	}, 60_000);

	it('holds at least 12 cases, each with its attendu.json, as build-fixtures.ts writes them', async () => {
		expect(folders.length).toBeGreaterThanOrEqual(12);
		expect(folders).toEqual(Object.keys(CASES).sort());
		for (const name of folders) expect(existsSync(join(CORPUS, name, 'attendu.json')), name).toBe(true);
		const fresh = mkdtempSync(join(tmpdir(), 'messy-build-'));
		try {
			await buildFixtures(fresh);
			for (const name of folders) {
				for (const file of readdirSync(join(fresh, name)).filter((f) => !f.endsWith('.xlsx'))) {
					expect(readFileSync(join(CORPUS, name, file)).equals(readFileSync(join(fresh, name, file))), `${name}/${file} à régénérer`).toBe(true);
				}
			}
		} finally {
			rmSync(fresh, { recursive: true, force: true });
		}
	});

	it.each(folders)('%s → the exact report of attendu.json', async (name) => {
		const expected = expectedOf(name);
		const target = expected.ok ? join(tempDir(name), 'extracts') : output;
		const result = await run(messyLot(name), target);
		expect({ ok: result.ok, erreurs: result.errors, avertissements: result.warnings }).toEqual({
			ok: expected.ok,
			erreurs: expected.erreurs,
			avertissements: expected.avertissements
		});
		expect(result.errorCount).toBe(expected.erreurs.length);
		if (!expected.ok) expect(folderHashes(output)).toEqual(previous);
		if (expected.memesExtraitsQueLeLotValide) expect(folderHashes(target)).toEqual(previous);
	});
});

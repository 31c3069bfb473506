/**
 * Bailleur-scoped extracts and the leak scanner: the scoped extracts of Amiens Habitat name no
 * other bailleur and keep every count; the scanner finds a foreign name or SIREN planted in
 * HTML, JSON or Parquet, with file and offset, and the CLI exits non-zero on a leak.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts } from '../../scripts/lib/duckdb-native';
import { writeScopedExtracts, readBailleurs, type ScopedExtracts } from '../../scripts/scope/extracts';
import { scanBuild, formatHit } from '../../scripts/scope/scan';
import { main } from '../../scripts/scope/cli';
import type { BailleurIdentity } from '../../scripts/scope/names';

const AMIENS_HABITAT = '617671607';
const SIGH = '469457964';
const PARTENORD = '631429180';

let root: string;
let scoped: string;
let result: ScopedExtracts;
let bailleurs: BailleurIdentity[];

beforeAll(async () => {
	root = mkdtempSync(join(tmpdir(), 'pdalhpd-scope-spec-'));
	scoped = join(root, 'extracts');
	result = await writeScopedExtracts('data/extracts', scoped, AMIENS_HABITAT);
	const db = await openExtracts('data/extracts');
	bailleurs = await readBailleurs(db).finally(() => db.close());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake build: the given files, and the scoped extracts under extraits/ if asked. */
function fakeBuild(name: string, files: Record<string, string> = {}, extraits = false): string {
	const dir = join(root, name);
	mkdirSync(join(dir, 'extraits'), { recursive: true });
	if (extraits) cpSync(scoped, join(dir, 'extraits'), { recursive: true });
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(dir, file, '..'), { recursive: true });
		writeFileSync(join(dir, file), text);
	}
	return dir;
}

describe('scoped extracts', () => {
	it('pseudonymise the 30 other bailleurs and keep every count', async () => {
		expect(result.bailleur.nom).toBe('Amiens Habitat');
		expect(result.pseudonyms).toHaveLength(30);
		expect(result.pseudonyms.every((p) => /^ANON\d{2}$/.test(p.code) && /^Bailleur anonyme \d{2}$/.test(p.label))).toBe(true);
		const db = await openExtracts(scoped);
		try {
			const [sums] = await db.all('SELECT SUM(attributions)::INTEGER AS a, SUM(prioritaires)::INTEGER AS p, COUNT(DISTINCT siren_bailleur)::INTEGER AS b FROM attributions');
			expect(sums).toEqual({ a: 93013, p: 19444, b: 31 });
			const sigh = result.pseudonyms.find((p) => p.siren === SIGH)!;
			const [arlipsy] = await db.all("SELECT porteur, siren_bailleur FROM fnavdl_projets WHERE id = 'FNAVDL-2021-59-01'");
			expect(arlipsy).toEqual({ porteur: `La Pose (en lien avec la ${sigh.label})`, siren_bailleur: sigh.code });
			const own = await db.all('SELECT siren, nom FROM bailleurs WHERE siren = $1', [AMIENS_HABITAT]);
			expect(own).toEqual([{ siren: AMIENS_HABITAT, nom: 'Amiens Habitat' }]);
		} finally {
			db.close();
		}
	});

	it('contain no other bailleur: the scan of the scoped extracts is clean', async () => {
		const report = await scanBuild(fakeBuild('propre', { 'index.html': '<h1>Amiens Habitat</h1><p>SIPL, 1631429180</p>' }, true), AMIENS_HABITAT, bailleurs);
		expect(report.hits).toEqual([]);
		expect(report.files).toBe(10);
	});
});

describe('the scanner', () => {
	it('reports a foreign name planted in HTML, plain or escaped, with its offset', async () => {
		const html = "<td>Amiens Habitat</td><td>Partenord</td><td>OPH de l&#39;Aisne</td>";
		const report = await scanBuild(fakeBuild('nom', { 'bailleur/617671607.html': html }), AMIENS_HABITAT, bailleurs);
		expect(report.hits.map((h) => [h.file, h.offset, h.match, h.kind])).toEqual([
			['bailleur/617671607.html', html.indexOf('OPH'), "OPH de l&#39;Aisne", 'nom'],
			['bailleur/617671607.html', html.indexOf('Partenord'), 'Partenord', 'nom']
		]);
		expect(formatHit(report.hits[1])).toBe(`bailleur/617671607.html:${html.indexOf('Partenord')} « Partenord » (nom du bailleur ${PARTENORD})`);
	});

	it('reports a foreign SIREN planted in JSON', async () => {
		const report = await scanBuild(fakeBuild('siren', { '_app/data.json': `{"siren":"${PARTENORD}"}` }), AMIENS_HABITAT, bailleurs);
		expect(report.hits).toEqual([{ file: '_app/data.json', offset: 10, match: PARTENORD, siren: PARTENORD, kind: 'siren' }]);
	});

	it('decodes Parquet: the full bailleurs extract leaks every other bailleur, cell by cell', async () => {
		const dir = fakeBuild('parquet');
		copyFileSync('data/extracts/bailleurs.parquet', join(dir, 'extraits', 'bailleurs.parquet'));
		const report = await scanBuild(dir, AMIENS_HABITAT, bailleurs);
		const cells = report.hits.filter((h) => h.cell);
		expect(new Set(cells.map((h) => h.siren)).size).toBe(30);
		expect(cells.filter((h) => h.siren === PARTENORD).map((h) => [h.file, h.cell?.column, h.match])).toEqual([
			['extraits/bailleurs.parquet', 'siren', PARTENORD],
			['extraits/bailleurs.parquet', 'nom', 'Partenord Habitat'],
			['extraits/bailleurs.parquet', 'nom', 'Partenord'],
			['extraits/bailleurs.parquet', 'nom_court', 'Partenord']
		]);
	});

	it('fails the CLI (exit 1) on a leak, passes it (exit 0) on a clean build', async () => {
		const quiet = () => {};
		expect(await main([fakeBuild('cli-propre', { 'x.html': 'Amiens Habitat' }), AMIENS_HABITAT], quiet, quiet)).toBe(0);
		expect(await main([fakeBuild('cli-fuite', { 'x.html': 'Habitat du Nord' }), AMIENS_HABITAT], quiet, quiet)).toBe(1);
		expect(await main([root], quiet, quiet)).toBe(2);
	});
});

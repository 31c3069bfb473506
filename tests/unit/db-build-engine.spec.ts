import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNativeDb } from '../../scripts/lib/duckdb-native.ts';
import { query } from '../../src/lib/queries/query.ts';
import { openBuildEngine, type BuildEngine } from '../../src/lib/server/engine.ts';
import { availableExtractFileNames, extractFileNames, extractToCsv, readExtractFile } from '../../src/lib/server/extract-files.ts';
import { projectRoot } from '../../src/lib/server/extracts-dir.ts';
import { writeFixtureExtracts } from './db-fixture-extracts.ts';

let dir: string;
let engine: BuildEngine;

beforeAll(async () => {
	dir = await writeFixtureExtracts();
	engine = await openBuildEngine(dir);
	const db = await openNativeDb();
	await db.exec(
		`COPY (SELECT * FROM (VALUES (0.25::DOUBLE, 'un quart'), (-1.5::DOUBLE, 'moins un et demi')) t(taux, libelle)) TO '${join(dir, 'decimales.parquet')}' (FORMAT parquet)`
	);
	db.close();
});
afterAll(() => engine?.close());

describe('build engine (native DuckDB over the extracts)', () => {
	it('binds values in order and returns plain rows', async () => {
		const rows = await engine.run(
			query(
				'attributions_par_departement',
				`SELECT code_departement, SUM(attributions)::INTEGER AS attributions, SUM(prioritaires)::INTEGER AS prioritaires
				 FROM attributions WHERE mois >= $1::DATE AND code_departement <> $2 GROUP BY ALL ORDER BY 1`,
				['2024-02-01', '02']
			)
		);
		expect(rows).toEqual([
			{ code_departement: '59', attributions: 12, prioritaires: 4 },
			{ code_departement: '80', attributions: 12, prioritaires: 3 }
		]);
	});

	it('turns what slips through (DATE, BIGINT, HUGEINT) into text and numbers', async () => {
		const rows = await engine.run(
			query('brut', 'SELECT mois, SUM(attributions) AS total, 3000000000::BIGINT AS gros FROM attributions GROUP BY mois ORDER BY mois LIMIT 1')
		);
		expect(rows).toEqual([{ mois: '2024-01-01', total: 10, gros: 3_000_000_000 }]);
	});

	it('joins extracts and keeps nulls', async () => {
		const rows = await engine.run(
			query(
				'bailleurs_attributions',
				`SELECT b.nom_court, SUM(a.attributions)::INTEGER AS attributions FROM attributions a
				 LEFT JOIN bailleurs b ON b.siren = a.siren_bailleur GROUP BY ALL ORDER BY 2`
			)
		);
		expect(rows).toEqual([
			{ nom_court: null, attributions: 12 },
			{ nom_court: 'LMH', attributions: 22 }
		]);
	});

	it('names the query in an error', async () => {
		await expect(engine.run(query('en_panne', 'SELECT nope FROM attributions'))).rejects.toThrow(/^Requête « en_panne » : Binder Error/);
	});

	it('refuses a folder without extracts, in French', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'pdalhpd-vide-'));
		await expect(openBuildEngine(empty)).rejects.toThrow(`Extraits introuvables dans ${empty} : lancez d'abord \`npm run data\``);
	});

	it('names the missing extracts, in French', async () => {
		const partial = mkdtempSync(join(tmpdir(), 'pdalhpd-partiel-'));
		writeFileSync(join(partial, 'manifest.json'), '{}');
		await expect(openBuildEngine(partial)).rejects.toThrow(
			`Extraits absents de ${partial} : territoires, bailleurs, attributions, objectifs, stocks, fnavdl_enveloppes, fnavdl_projets, reforme. Relancez \`npm run data\`.`
		);
	});

	it('finds the project root from a sub-folder', () => {
		expect(projectRoot(join(process.cwd(), 'src', 'lib'))).toBe(process.cwd());
	});
});

describe('/extraits/ files', () => {
	it('lists the manifest, every extract as Parquet and CSV, and the derived tables as Parquet', () => {
		const names = extractFileNames();
		expect(names).toHaveLength(20);
		expect(names.slice(0, 3)).toEqual(['manifest.json', 'territoires.parquet', 'territoires.csv']);
		expect(names.slice(17)).toEqual(['cumuls.parquet', 'realisations.parquet', 'realisations_bailleurs.parquet']);
	});

	it('prerenders only the extracts present, with a French warning, and always the manifest', () => {
		const warnings: string[] = [];
		expect(availableExtractFileNames(dir, (m) => warnings.push(m))).toEqual(extractFileNames());
		expect(warnings).toEqual([]);
		const empty = mkdtempSync(join(tmpdir(), 'pdalhpd-vide-'));
		expect(availableExtractFileNames(empty, (m) => warnings.push(m))).toEqual(['manifest.json']);
		expect(warnings[0]).toMatch(new RegExp(`^Extraits absents de ${empty}, non publiés : territoires.parquet, territoires.csv, bailleurs.parquet, .*reforme.csv, cumuls.parquet, realisations.parquet, realisations_bailleurs.parquet. Lancez \`npm run data\`.$`));
	});

	it('fails in French on a missing Parquet file', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'pdalhpd-vide-'));
		writeFileSync(join(empty, 'manifest.json'), '{}');
		await expect(readExtractFile(empty, 'stocks.csv')).rejects.toThrow(`Extrait « stocks » absent de ${empty} : relancez \`npm run data\`.`);
	});

	it('serves the CSV with a BOM, semicolons and ISO dates', async () => {
		const file = await readExtractFile(dir, 'stocks.csv');
		expect(file?.contentType).toBe('text/csv; charset=utf-8');
		expect([...file!.body.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(file!.body.slice(3))).toBe(
			'date;niveau;code_territoire;public;menages\n2024-03-31;region;32;dalo;1234\n2023-12-31;departement;59;dalo;\n'
		);
	});

	it('keeps accents and French guillemets unquoted, nulls empty', async () => {
		const csv = new TextDecoder().decode((await readExtractFile(dir, 'bailleurs.csv'))!.body.slice(3));
		expect(csv.split('\n')[1]).toBe('123456789;Office « Lille » Habitat;LMH;OPH');
		expect(csv.split('\n')[2]).toBe('987654321;Clésence;;ESH');
	});

	it('writes decimals with a comma', async () => {
		const csv = new TextDecoder().decode((await extractToCsv(join(dir, 'decimales.parquet'))).slice(3));
		expect(csv).toBe('taux;libelle\n0,25;un quart\n-1,5;moins un et demi\n');
	});

	it('serves Parquet and the manifest byte for byte, and nothing else', async () => {
		const parquet = await readExtractFile(dir, 'attributions.parquet');
		expect(parquet?.contentType).toBe('application/vnd.apache.parquet');
		expect(new TextDecoder().decode(parquet!.body.slice(0, 4))).toBe('PAR1');
		const manifest = await readExtractFile(dir, 'manifest.json');
		expect(JSON.parse(new TextDecoder().decode(manifest!.body))).toMatchObject({ schemaVersion: 1 });
		expect(await readExtractFile(dir, 'secrets.parquet')).toBeNull();
		expect(await readExtractFile(dir, '../package.json')).toBeNull();
	});

	it('derives the tables the browser reads from the extracts it is built from', async () => {
		const file = await readExtractFile('data/extracts', 'realisations_bailleurs.parquet');
		expect(file?.contentType).toBe('application/vnd.apache.parquet');
		const copy = join(mkdtempSync(join(tmpdir(), 'pdalhpd-derive-')), 'r.parquet');
		writeFileSync(copy, file!.body);
		const db = await openNativeDb();
		// 24 month ends × 3 publics × 31 bailleurs over the region, and 3 528 bailleur × department lines.
		expect(await db.all(`SELECT (code_departement = '') AS region, COUNT(*)::INTEGER AS n FROM read_parquet('${copy}') GROUP BY 1 ORDER BY 1`)).toEqual([
			{ region: false, n: 3528 },
			{ region: true, n: 2232 }
		]);
		db.close();
	});
});

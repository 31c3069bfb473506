/**
 * `npm run data` on the valid lot (tests/fixtures/ingestion/valid) and on broken
 * copies of it: exact French messages, nothing written, previous extracts untouched.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts';
import { openExtracts } from '../../scripts/lib/duckdb-native';
import { copyValidLot, editTable, folderHashes, run, tempDir, VALID_LOT, removeTempDirs, previousExtracts } from '../fixtures/ingestion/lot';

afterAll(removeTempDirs);

describe('valid lot', () => {
	let output: string;
	beforeAll(async () => {
		output = join(tempDir('valid'), 'extracts');
	}, 60_000);

	it('writes every extract with exact row counts and as-of dates', async () => {
		const result = await run(VALID_LOT, output);
		expect(result.errors).toEqual([]);
		expect(result.ok).toBe(true);
		const manifest = result.manifest!;
		expect(Object.keys(manifest.extracts)).toEqual(EXTRACT_NAMES);
		const rows = Object.fromEntries(EXTRACT_NAMES.map((n) => [n, manifest.extracts[n].rows]));
		// 7 commune lines → 6 (Lille and Roubaix are both in the MEL in January).
		expect(rows).toEqual({ territoires: 98, bailleurs: 3, attributions: 6, objectifs: 7, stocks: 5, fnavdl_enveloppes: 2, fnavdl_projets: 2, reforme: 3 });
		expect(manifest.latestDate).toBe('2022-05-31');
		expect(manifest.demonstration).toBe(true);
		expect(manifest.cog).toEqual({ package: '@etalab/decoupage-administratif', version: '6.0.0' });
		expect(manifest.extracts.stocks.asOf).toBe('2022-05-31');
		expect(manifest.extracts.attributions.source).toBe('Lot de test : attributions (fictif)');
		expect(Object.keys(folderHashes(output))).toEqual([...EXTRACT_NAMES.map((n) => `${n}.parquet`), 'manifest.json'].sort());
	});

	it('warns about the former commune and the bailleur without objective', async () => {
		const result = await run(VALID_LOT, join(tempDir('warn'), 'extracts'));
		expect(result.warnings).toEqual([
			'attributions.csv, ligne 6, colonne « code_commune » : « 02147 » est une ancienne commune (déléguée ou associée) ; comptée dans « 02458 » (Dhuys et Morin-en-Brie), 1 ligne (6).',
			'objectifs.csv : le bailleur « 457504694 » (Clésence) a des attributions mais aucun objectif propre ; ses taux d’atteinte resteront vides.'
		]);
	});

	it('sums communes into EPCI and maps the former commune to its EPCI', async () => {
		const db = await openExtracts(output);
		const rows = await db.all(
			"SELECT strftime(mois, '%Y-%m') AS mois, code_departement, siren_epci, attributions::INTEGER AS attributions, qpv_q4::INTEGER AS qpv_q4 FROM attributions ORDER BY mois, code_departement"
		);
		const territoires = await db.all("SELECT niveau, COUNT(*)::INTEGER AS n FROM territoires GROUP BY niveau ORDER BY niveau");
		const codecs = await db.all(`SELECT DISTINCT compression FROM parquet_metadata('${join(output, '*.parquet')}')`);
		db.close();
		expect(codecs).toEqual([{ compression: 'ZSTD' }]);
		expect(rows.slice(0, 3)).toEqual([
			{ mois: '2022-01', code_departement: '02', siren_epci: '200071892', attributions: 40, qpv_q4: 2 },
			{ mois: '2022-01', code_departement: '59', siren_epci: '200093201', attributions: 200, qpv_q4: 11 },
			{ mois: '2022-02', code_departement: '02', siren_epci: '200072031', attributions: 5, qpv_q4: 0 }
		]);
		expect(territoires).toEqual([
			{ niveau: 'departement', n: 5 },
			{ niveau: 'epci', n: 92 },
			{ niveau: 'region', n: 1 }
		]);
	});

	it('gives a byte-identical folder when run again on the same inputs', async () => {
		const before = folderHashes(output);
		const result = await run(VALID_LOT, output);
		expect(result.ok).toBe(true);
		expect(folderHashes(output)).toEqual(before);
	});
});

/**
 * Each broken copy of the valid lot, the table edit and the exact errors expected; the
 * committed corpus (ingestion-broken.spec.ts) holds the other cases, one per rule.
 */
const BROKEN: { name: string; table: string; edit: (rows: string[][]) => string[][]; errors: string[] }[] = [
	{
		name: 'a negative count',
		table: 'attributions',
		edit: (rows) => (rows[3][6] = '-3', rows),
		errors: ['attributions.csv, ligne 4, colonne « sans_abri » : « -3 » est négatif ; un effectif est un nombre entier positif ou nul.']
	},
	{
		name: 'a sub-count above its total',
		table: 'attributions',
		edit: (rows) => (rows[1][8] = '95', rows),
		errors: ['attributions.csv, ligne 2, colonne « hors_qpv_q1 » : 95 dépasse « hors_qpv » (90) ; une partie ne peut dépasser son total.']
	},
	{
		name: 'a duplicate key, also through a former commune code',
		table: 'attributions',
		edit: (rows) => [...rows, [...rows[1]], ['2022-02', '02458', ...rows[5].slice(2)]],
		errors: [
			'attributions.csv, ligne 9 : clé en double (mois « 2022-01 », code_commune « 59350 », siren_bailleur « 475680815 ») ; déjà présente ligne 2.',
			'attributions.csv, ligne 10 : clé en double (mois « 2022-02 », code_commune « 02458 », siren_bailleur « 277800013 ») ; déjà présente ligne 6.'
		]
	},
	{
		name: 'an objective without value nor status, and a fixed one without value',
		table: 'objectifs',
		edit: (rows) => ((rows[3][6] = ''), (rows[1][5] = ''), rows),
		errors: [
			'objectifs.csv, ligne 2, colonne « valeur » : valeur manquante alors que le statut est « fixe » ; un objectif fixé a une valeur.',
			'objectifs.csv, ligne 4, colonne « statut » : valeur obligatoire manquante.'
		]
	},
	{
		name: 'an impossible date and a department outside the region',
		table: 'stocks',
		edit: (rows) => ((rows[1][0] = '30/02/2022'), (rows[2][2] = '75'), rows),
		errors: [
			'stocks.csv, ligne 2, colonne « date » : « 30/02/2022 » n\'est pas une date du calendrier.',
			'stocks.csv, ligne 3, colonne « code_territoire » : « 75 » n\'est pas un département de la région Hauts-de-France (02, 59, 60, 62, 80).'
		]
	}
];

describe('broken copies of the valid lot', () => {
	let output: string;
	let before: Record<string, string>;
	beforeAll(async () => {
		({ output, hashes: before } = await previousExtracts());
	}, 60_000);

	it.each(BROKEN)('$name → exact messages, nothing written', async ({ table, edit, errors }) => {
		const input = copyValidLot();
		editTable(input, table, edit);
		const result = await run(input, output);
		expect(result.ok).toBe(false);
		expect(result.errors).toEqual(errors);
		expect(result.errorCount).toBe(errors.length);
		expect(folderHashes(output)).toEqual(before);
	});

	it('names a missing table file', async () => {
		const input = copyValidLot();
		rmSync(join(input, 'reforme.csv'));
		const result = await run(input, output);
		expect(result.errors).toEqual([`reforme.csv : fichier absent ; déposez reforme.csv ou reforme.xlsx dans ${input}.`]);
		expect(folderHashes(output)).toEqual(before);
	});

	it('names a missing input folder', async () => {
		const result = await run('tests/fixtures/ingestion/absent', output);
		expect(result.errors).toEqual(['tests/fixtures/ingestion/absent : dossier d’entrée introuvable.']);
		expect(folderHashes(output)).toEqual(before);
	});

	it('says once that bailleurs is missing, not once per line citing a bailleur', async () => {
		const input = copyValidLot();
		rmSync(join(input, 'bailleurs.csv'));
		const result = await run(input, output);
		expect(result.errors).toEqual([`bailleurs.csv : fichier absent ; déposez bailleurs.csv ou bailleurs.xlsx dans ${input}.`]);
		expect(folderHashes(output)).toEqual(before);
	});
});

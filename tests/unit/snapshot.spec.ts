/**
 * Commission snapshots (npm run data -- --snapshot): the committed snapshot of the
 * 16 June 2022 commission gives the deck's figures through the site's own queries,
 * knows nothing after its `au` date, and does not move when the extracts are re-ingested.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { previousMonthEnd, snapshot, type SnapshotConfig } from '../../scripts/data/snapshot';
import { objectifsRealisation } from '../../src/lib/queries';
import { copyValidLot, editTable, folderHashes, removeTempDirs, run, tempDir } from '../fixtures/ingestion/lot';

const COMMITTED = 'data/snapshots/2022-06-16';
const CLOCK = { now: () => new Date('2022-06-16T09:00:00.000Z') };

let db: NativeDb;
beforeAll(async () => {
	db = await openExtracts(COMMITTED);
});
afterAll(() => {
	db?.close();
	removeTempDirs();
});

const region = async (indicateur: 'prioritaires' | 'sortants_hebergement' | 'sans_abri', date: string) =>
	(await db.run(objectifsRealisation(indicateur, date))).find((r) => r.code === '32')!;

describe('the committed snapshot of the 16 June 2022 commission', () => {
	it('reproduces the deck: 3 859 priority households at 31 May, 559 sortants and 334 sans-abri at 30 April', async () => {
		expect((await region('prioritaires', '2022-05-31')).realise).toBe(3859);
		expect((await region('sortants_hebergement', '2022-04-30')).realise).toBe(559);
		expect((await region('sans_abri', '2022-04-30')).realise).toBe(334);
	});

	it('knows nothing after 31 May 2022', async () => {
		const [last] = await db.all<{ mois: string; stock: string; reforme: string | null; accompagnes: string | null }>(`SELECT
			(SELECT MAX(mois)::VARCHAR FROM attributions) AS mois,
			(SELECT MAX(date)::VARCHAR FROM stocks) AS stock,
			(SELECT GREATEST(MAX(date_premiere_cil), MAX(date_orientations), MAX(date_cia), MAX(date_ppgdid))::VARCHAR FROM reforme) AS reforme,
			(SELECT MAX(date_menages_accompagnes)::VARCHAR FROM fnavdl_projets) AS accompagnes`);
		expect(last).toEqual({ mois: '2022-05-01', stock: '2022-05-31', reforme: '2022-05-26', accompagnes: '2021-12-31' });
		const [{ years }] = await db.all<{ years: string }>('SELECT string_agg(DISTINCT annee::VARCHAR, \',\' ORDER BY annee::VARCHAR) AS years FROM objectifs');
		expect(years).toBe('2021,2022');
	});

	it('has its manifest (latestDate = au, checksums of its own files) and commission.json', () => {
		const manifest = JSON.parse(readFileSync(join(COMMITTED, 'manifest.json'), 'utf8'));
		const commission = JSON.parse(readFileSync(join(COMMITTED, 'commission.json'), 'utf8'));
		const hashes = folderHashes(COMMITTED);
		expect(manifest.latestDate).toBe('2022-05-31');
		expect(manifest.extracts.attributions.rows).toBe(3702);
		for (const entry of Object.values(manifest.extracts) as { file: string; sha256: string }[]) expect(hashes[entry.file]).toBe(entry.sha256);
		expect(commission).toMatchObject({ commission: '2022-06-16', au: '2022-05-31', creeLe: manifest.generatedAt });
		expect(commission.source.attributions).toBe(manifest.extracts.attributions.source);
	});

	it('stays unchanged when the extracts it came from are re-ingested from other data', async () => {
		const committed = folderHashes(COMMITTED);
		const extracts = join(tempDir('snap-reingest'), 'extracts');
		expect((await run(copyValidLot(), extracts)).ok).toBe(true);
		const snapshots = tempDir('snapshots');
		expect((await snapshot({ commission: '2022-06-16', extracts, snapshots, replace: false }, CLOCK)).ok).toBe(true);
		const before = folderHashes(join(snapshots, '2022-06-16'));
		const extractsBefore = folderHashes(extracts);
		const other = copyValidLot();
		editTable(other, 'attributions', (rows) => rows.map((row, i) => (i === 1 ? [...row.slice(0, 3), '999', ...row.slice(4)] : row)));
		expect((await run(other, extracts)).ok).toBe(true);
		expect(folderHashes(extracts)).not.toEqual(extractsBefore);
		expect(folderHashes(join(snapshots, '2022-06-16'))).toEqual(before);
		expect(folderHashes(COMMITTED)).toEqual(committed);
	});
});

describe('making a snapshot', () => {
	const config = (over: Partial<SnapshotConfig>): SnapshotConfig => ({
		commission: '2022-06-16', extracts: 'data/extracts', snapshots: tempDir('snapshots'), replace: false, ...over
	});

	it('takes the last month end strictly before the commission as the default au', () => {
		expect(previousMonthEnd('2022-06-16')).toBe('2022-05-31');
		expect(previousMonthEnd('2022-03-01')).toBe('2022-02-28');
		expect(previousMonthEnd('2022-01-31')).toBe('2021-12-31');
	});

	it('gives the committed bytes again, and replaces an existing snapshot only with --remplacer', async () => {
		const snapshots = tempDir('snapshots');
		const made = await snapshot(config({ snapshots }), CLOCK);
		expect(made.ok).toBe(true);
		const dir = join(snapshots, '2022-06-16');
		const hashes = folderHashes(dir);
		const parquet = (h: Record<string, string>) => Object.fromEntries(Object.entries(h).filter(([f]) => f.endsWith('.parquet')));
		expect(parquet(hashes)).toEqual(parquet(folderHashes(COMMITTED)));
		expect(await snapshot(config({ snapshots }), CLOCK)).toEqual({ ok: false, errors: [`${dir} existe déjà ; ajoutez --remplacer pour le refaire.`] });
		expect((await snapshot(config({ snapshots, replace: true }), { now: () => new Date() })).ok).toBe(true);
		expect(folderHashes(dir)).toEqual(hashes);
	});

	it('clears the unfinished folder a killed snapshot run left', async () => {
		const snapshots = tempDir('snapshots');
		mkdirSync(join(snapshots, '.2022-06-16.nouveau-99999'));
		writeFileSync(join(snapshots, '.2022-06-16.nouveau-99999', 'attributions.parquet'), 'à moitié écrit');
		expect((await snapshot(config({ snapshots }), CLOCK)).ok).toBe(true);
		expect(readdirSync(snapshots)).toEqual(['2022-06-16']);
	});

	it('runs as npm run data -- --snapshot, printing the rows kept', () => {
		const snapshots = tempDir('snapshots');
		const cli = spawnSync('node_modules/.bin/tsx', ['scripts/data/cli.ts', '--snapshot', '2022-06-16', '--snapshots', snapshots], { encoding: 'utf8', timeout: 60_000 });
		const lines = cli.stdout.trimEnd().split('\n');
		expect(cli.status).toBe(0);
		expect(lines[0]).toBe(`Instantané de la commission du 16/06/2022, données au 31/05/2022 : ${join(snapshots, '2022-06-16')}`);
		expect(lines[3]).toBe('  attributions         3\u202f702 lignes');
	});

	it('refuses a bad request in French and writes nothing', async () => {
		const snapshots = tempDir('snapshots');
		const refused = async (over: Partial<SnapshotConfig>) => {
			const result = await snapshot(config({ snapshots, ...over }), CLOCK);
			return result.ok ? [] : result.errors;
		};
		expect(await refused({ commission: 'juin' })).toEqual(['--snapshot : « juin » n\'est pas une date de commission au format AAAA-MM-JJ.']);
		expect(await refused({ commission: '2022-02-30' })).toEqual(['--snapshot : « 2022-02-30 » n\'est pas une date de commission au format AAAA-MM-JJ.']);
		expect(await refused({ au: '2022-05-15' })).toEqual(['--au : « 2022-05-15 » n\'est pas une fin de mois ; les attributions sont mensuelles.']);
		expect(await refused({ au: '2022-06-30' })).toEqual(['--au : le 2022-06-30 est postérieur à la commission du 2022-06-16.']);
		expect(await refused({ commission: '2023-06-16' })).toEqual(['--au : le 2023-05-31 est postérieur à la dernière date des extraits (2022-12-31).']);
		expect(await refused({ extracts: join(snapshots, 'absent') })).toEqual([`${join(snapshots, 'absent')} : extraits introuvables (manifest.json absent ou illisible) ; lancez d'abord npm run data.`]);
		expect(folderHashes(snapshots)).toEqual({});
	});
});

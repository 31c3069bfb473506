/**
 * `npm run demo-data -- --scale national`: a synthetic France (18 regions, 101 departments,
 * about 1 250 EPCI, 600 bailleurs, 60 months 2018–2022) written as extracts partitioned by
 * region: `<output>/region=<code>/` holds the same Parquet files and manifest.json as
 * data/extracts, so a regional site is built from its region's folder alone and a regional
 * view never downloads the nation. Hauts-de-France is the calibrated demonstration (2021–2022,
 * unchanged) extended with synthetic 2018–2020; the other regions are synthetic throughout.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACT_COLUMNS, EXTRACT_NAMES, type Manifest } from '../../../src/lib/contract/extracts.ts';
import { openNativeDb, type NativeDb } from '../../lib/duckdb-native.ts';
import { orderOf } from '../../data/write-parquet.ts';
import { createRandom } from '../random.ts';
import { loadFrance } from './france.ts';
import { loadRows } from './load-rows.ts';
import { attributionsSynthetiques, bailleursSynthetiques, moisEntre, type BailleurSynthetique, type Territoire } from './synthetic.ts';
import { OBJECTIFS_SQL, REFORME_SQL, STOCKS_SQL } from './tables.ts';

export const BAILLEURS_FRANCE = 600;
const REGION_DEMO = '32';
const ATTRIBUTION_COLUMNS = { mois: 'DATE', code_departement: 'VARCHAR', siren_epci: 'VARCHAR', siren_bailleur: 'VARCHAR', attributions: 'INTEGER', prioritaires: 'INTEGER', sortants_hebergement: 'INTEGER', sans_abri: 'INTEGER', hors_qpv: 'INTEGER', hors_qpv_q1: 'INTEGER', qpv: 'INTEGER', qpv_q2_q4: 'INTEGER', qpv_q4: 'INTEGER', region: 'VARCHAR' };

export interface NationalSummary {
	regions: { code: string; nom: string; dossier: string; octets: number; lignes: number }[];
	departements: number;
	epci: number;
	bailleurs: number;
	mois: number;
}

/** Reads the regional demonstration extracts as tables `demo_<name>`. */
async function readDemo(db: NativeDb, demoDir: string): Promise<void> {
	for (const name of EXTRACT_NAMES) await db.exec(`CREATE TABLE demo_${name} AS SELECT * FROM read_parquet('${join(demoDir, `${name}.parquet`)}')`);
}

/** The Hauts-de-France bailleurs of the demonstration, placed in the department of most of their attributions. */
async function bailleursDemo(db: NativeDb): Promise<BailleurSynthetique[]> {
	return db.all<BailleurSynthetique>(`SELECT b.siren, b.nom, b.nom_court, b.type, arg_max(a.code_departement, a.n) AS "codeDepartement", '${REGION_DEMO}' AS region
FROM demo_bailleurs b JOIN (SELECT siren_bailleur, code_departement, SUM(attributions) AS n FROM demo_attributions GROUP BY ALL) a ON a.siren_bailleur = b.siren
GROUP BY b.siren, b.nom, b.nom_court, b.type ORDER BY b.siren`);
}

/** Builds the national tables `<extract>_n` (extract columns + region). */
async function buildNationalTables(db: NativeDb, seed: string): Promise<void> {
	const france = loadFrance();
	const random = createRandom(`national/${seed}`);
	const demoEpci = await db.all<Territoire>(`SELECT code, nom, code_departement AS "codeDepartement", '${REGION_DEMO}' AS region, population FROM demo_territoires WHERE niveau = 'epci' ORDER BY code`);
	const demoSirens = new Set(demoEpci.map((e) => e.code));
	const epci: Territoire[] = france.epci.filter((e) => e.region !== REGION_DEMO && !demoSirens.has(e.siren)).map((e) => ({ ...e, code: e.siren }));
	const departements: Territoire[] = france.departements.filter((d) => d.region !== REGION_DEMO).map((d) => ({ ...d, codeDepartement: d.code }));
	const demoBailleurs = await bailleursDemo(db);
	const bailleurs = bailleursSynthetiques(departements, BAILLEURS_FRANCE - demoBailleurs.length, random.fork('bailleurs'));
	const attributions = [
		...attributionsSynthetiques(epci, bailleurs, moisEntre('2018-01', '2022-12'), random.fork('attributions')),
		...attributionsSynthetiques(demoEpci, demoBailleurs, moisEntre('2018-01', '2020-12'), random.fork('attributions-hdf'))
	];
	await loadRows(db, 'attr_synth', ATTRIBUTION_COLUMNS, attributions);
	await loadRows(db, 'epci_synth', { code: 'VARCHAR', nom: 'VARCHAR', code_departement: 'VARCHAR', population: 'INTEGER', region: 'VARCHAR' }, epci.map((e) => [e.code, e.nom, e.codeDepartement, e.population, e.region]));
	await loadRows(db, 'dep_synth', { code: 'VARCHAR', nom: 'VARCHAR', population: 'INTEGER', region: 'VARCHAR' }, departements.map((d) => [d.code, d.nom, d.population, d.region]));
	await loadRows(db, 'reg_synth', { code: 'VARCHAR', nom: 'VARCHAR' }, france.regions.filter((r) => r.code !== REGION_DEMO).map((r) => [r.code, r.nom]));
	await loadRows(db, 'bailleurs_synth', { siren: 'VARCHAR', nom: 'VARCHAR', nom_court: 'VARCHAR', type: 'VARCHAR', region: 'VARCHAR' }, bailleurs.map((b) => [b.siren, b.nom, b.nom_court, b.type, b.region]));
	for (const sql of [OBJECTIFS_SQL, STOCKS_SQL, REFORME_SQL]) await db.exec(sql);

	const demo = (name: string) => `SELECT *, '${REGION_DEMO}' AS region FROM demo_${name}`;
	await db.exec(`CREATE TABLE territoires_n AS ${demo('territoires')}
UNION ALL SELECT 'region', code, nom, NULL, (SELECT SUM(population) FROM dep_synth d WHERE d.region = r.code)::INTEGER, code FROM reg_synth r
UNION ALL SELECT 'departement', code, nom, NULL, population, region FROM dep_synth
UNION ALL SELECT 'epci', code, nom, code_departement, population, region FROM epci_synth`);
	await db.exec(`CREATE TABLE bailleurs_n AS ${demo('bailleurs')} UNION ALL SELECT * FROM bailleurs_synth`);
	await db.exec(`CREATE TABLE attributions_n AS ${demo('attributions')} UNION ALL SELECT * FROM attr_synth`);
	await db.exec(`CREATE TABLE objectifs_n AS ${demo('objectifs')} UNION ALL SELECT * FROM objectifs_synth`);
	await db.exec(`CREATE TABLE stocks_n AS ${demo('stocks')} UNION ALL SELECT * FROM stocks_synth`);
	await db.exec(`CREATE TABLE reforme_n AS ${demo('reforme')} UNION ALL SELECT * FROM reforme_synth`);
	for (const name of ['fnavdl_enveloppes', 'fnavdl_projets']) await db.exec(`CREATE TABLE ${name}_n AS ${demo(name)}`);
}

/** Writes one region's folder: every extract filtered to the region, and its manifest. */
async function writeRegion(db: NativeDb, output: string, region: { code: string; nom: string }, demoManifest: Manifest): Promise<NationalSummary['regions'][number]> {
	const dossier = `region=${region.code}`;
	const dir = join(output, dossier);
	mkdirSync(dir, { recursive: true });
	const extracts = {} as Manifest['extracts'];
	let octets = 0;
	let lignes = 0;
	for (const name of EXTRACT_NAMES) {
		const file = join(dir, `${name}.parquet`);
		const columns = Object.keys(EXTRACT_COLUMNS[name]).map((c) => `"${c}"`).join(', ');
		const order = orderOf(name).map((t) => `${t} NULLS FIRST`).join(', ');
		await db.exec(`COPY (SELECT ${columns} FROM ${name}_n WHERE region = '${region.code}' ORDER BY ${order}) TO '${file}' (FORMAT parquet, COMPRESSION zstd)`);
		const [{ n }] = await db.all<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM read_parquet('${file}')`);
		const bytes = readFileSync(file);
		const demoEntry = demoManifest.extracts[name];
		const source = region.code === REGION_DEMO ? `${demoEntry.source} ; étendu à 2018–2020 par des données synthétiques` : 'Données synthétiques à l’échelle de la France (npm run demo-data -- --scale national), non calées';
		extracts[name] = { ...demoEntry, rows: n, source, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
		octets += bytes.length;
		lignes += n;
	}
	const manifest: Manifest = { ...demoManifest, generatedAt: '2023-01-15T00:00:00.000Z', latestDate: '2022-12-31', demonstration: true, extracts };
	writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
	return { code: region.code, nom: region.nom, dossier, octets, lignes };
}

/** Writes the national dataset into `output` (replaced), from the regional demonstration extracts in `demoDir`. */
export async function generateNational(output: string, demoDir = 'data/extracts', seed = 'pdalhpd-france'): Promise<NationalSummary> {
	const db = await openNativeDb({ threads: 1 });
	try {
		await readDemo(db, demoDir);
		await buildNationalTables(db, seed);
		rmSync(output, { recursive: true, force: true });
		const demoManifest = JSON.parse(readFileSync(join(demoDir, 'manifest.json'), 'utf8')) as Manifest;
		const regions = await db.all<{ code: string; nom: string }>(`SELECT code, nom FROM territoires_n WHERE niveau = 'region' ORDER BY code`);
		const written = [];
		for (const region of regions) written.push(await writeRegion(db, output, region, demoManifest));
		const [counts] = await db.all<{ departements: number; epci: number; bailleurs: number; mois: number }>(`SELECT
  (SELECT COUNT(*) FROM territoires_n WHERE niveau = 'departement')::INTEGER AS departements,
  (SELECT COUNT(*) FROM territoires_n WHERE niveau = 'epci')::INTEGER AS epci,
  (SELECT COUNT(DISTINCT siren) FROM bailleurs_n)::INTEGER AS bailleurs,
  (SELECT COUNT(DISTINCT mois) FROM attributions_n)::INTEGER AS mois`);
		const summary: NationalSummary = { regions: written, ...counts };
		writeFileSync(join(output, 'manifest.json'), `${JSON.stringify({ partition: 'region', ...summary }, null, 2)}\n`);
		return summary;
	} finally {
		db.close();
	}
}

/**
 * Scoped extracts for one bailleur's site: the same extracts, where every other bailleur's
 * SIREN becomes a pseudonym code (`ANON07`) and its names a label (« Bailleur anonyme 07 »),
 * also inside the FNAVDL projects' free texts (porteur, nom, public). Counts are unchanged, so
 * every aggregate (region, department, EPCI, band counts) stays exact. Extracts without any
 * bailleur (territoires, stocks, fnavdl_enveloppes, reforme) are copied as they are.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { EXTRACT_NAMES, type ExtractName, type Manifest } from '../../src/lib/contract/extracts.ts';
import { openNativeDb, type NativeDb } from '../lib/duckdb-native.ts';
import { namesOf, pseudonymiseText, pseudonyms, type BailleurIdentity, type Pseudonym } from './names.ts';

/** Extracts holding bailleur SIREN or names, rewritten; the others are copied. */
const SCOPED: readonly ExtractName[] = ['bailleurs', 'attributions', 'objectifs', 'fnavdl_projets'];

/** Free-text columns of fnavdl_projets where a bailleur may be named. */
const PROJECT_TEXTS = ['nom', 'porteur', 'public'] as const;

export interface ScopedExtracts {
	/** The bailleur kept named. */
	bailleur: BailleurIdentity;
	pseudonyms: Pseudonym[];
}

/** The bailleurs of the extracts in `dir`, by SIREN. */
export async function readBailleurs(db: NativeDb): Promise<BailleurIdentity[]> {
	return db.all<BailleurIdentity>('SELECT siren, nom, nom_court FROM bailleurs ORDER BY siren');
}

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

/** The SELECT of a rewritten extract, reading the `pseudonymes(siren, code, label)` table. */
function scopedSelect(extract: ExtractName): string {
	const code = (column: string) => `COALESCE((SELECT code FROM pseudonymes p WHERE p.siren = t.${column}), t.${column})`;
	switch (extract) {
		case 'bailleurs':
			return `SELECT ${code('siren')} AS siren, COALESCE(p.label, t.nom) AS nom, CASE WHEN p.siren IS NULL THEN t.nom_court ELSE p.label END AS nom_court, t.type
FROM bailleurs t LEFT JOIN pseudonymes p ON p.siren = t.siren ORDER BY (p.siren IS NOT NULL), p.code`;
		case 'attributions':
		case 'objectifs':
			return `SELECT * REPLACE (${code('siren_bailleur')} AS siren_bailleur) FROM ${extract} t ORDER BY ALL`;
		case 'fnavdl_projets':
			return `SELECT t.* REPLACE (${code('siren_bailleur')} AS siren_bailleur, x.nom AS nom, x.porteur AS porteur, x.public AS public)
FROM fnavdl_projets t JOIN projets_textes x USING (id) ORDER BY t.id`;
		default:
			throw new Error(`Extrait sans bailleur : ${extract}`);
	}
}

/** Inserts rows in one statement, every value bound (`($1, $2), ($3, $4)…`). */
async function insertRows(db: NativeDb, table: 'pseudonymes' | 'projets_textes', rows: (string | null)[][]): Promise<void> {
	if (rows.length === 0) return;
	const width = rows[0].length;
	const tuples = rows.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`);
	await db.exec(`INSERT INTO ${table} VALUES ${tuples.join(', ')}`, rows.flat());
}

/** The project texts with other bailleurs' names replaced, as a table `projets_textes`. */
async function writeProjectTexts(db: NativeDb, others: { names: string[]; label: string }[]): Promise<void> {
	const rows = await db.all<Record<(typeof PROJECT_TEXTS)[number] | 'id', string | null>>(`SELECT id, ${PROJECT_TEXTS.join(', ')} FROM fnavdl_projets`);
	await db.exec('CREATE TEMP TABLE projets_textes (id VARCHAR, nom VARCHAR, porteur VARCHAR, public VARCHAR)');
	await insertRows(db, 'projets_textes', rows.map((row) => [row.id, ...PROJECT_TEXTS.map((c) => pseudonymiseText(row[c], others))]));
}

/** Opens the extracts present in `dir` (a frozen commission may hold only some of them). */
async function openPresent(dir: string): Promise<{ db: NativeDb; present: ExtractName[] }> {
	const db = await openNativeDb();
	const present = EXTRACT_NAMES.filter((name) => existsSync(join(dir, `${name}.parquet`)));
	for (const name of present) await db.exec(`CREATE VIEW ${name} AS SELECT * FROM read_parquet(${quoted(join(dir, `${name}.parquet`))})`);
	return { db, present };
}

/**
 * Writes the scoped extracts of `scope` into `outDir`: every extract of `sourceDir` (rewritten or
 * copied), its other files as they are (e.g. a frozen commission's commission.json), and a
 * manifest whose rows, sizes and sha256 are those of the new files (sources and dates unchanged).
 * @param known bailleurs to pseudonymise besides those of `sourceDir`'s own `bailleurs` extract
 * Throws in French if `scope` is none of them.
 */
export async function writeScopedExtracts(sourceDir: string, outDir: string, scope: string, known: readonly BailleurIdentity[] = []): Promise<ScopedExtracts> {
	const { db, present } = await openPresent(sourceDir);
	try {
		const own = present.includes('bailleurs') ? await readBailleurs(db) : [];
		const bailleurs = [...own, ...known.filter((k) => !own.some((b) => b.siren === k.siren))];
		const bailleur = bailleurs.find((b) => b.siren === scope);
		if (!bailleur) throw new Error(`Bailleur inconnu dans ${sourceDir} : « ${scope} » (SIREN attendu parmi les ${bailleurs.length} bailleurs des extraits).`);
		const table = pseudonyms(bailleurs, scope);
		await db.exec('CREATE TEMP TABLE pseudonymes (siren VARCHAR, code VARCHAR, label VARCHAR)');
		await insertRows(db, 'pseudonymes', table.map((p) => [p.siren, p.code, p.label]));
		const others = table.map((p) => ({ names: namesOf(bailleurs.find((b) => b.siren === p.siren)!), label: p.label }));
		if (present.includes('fnavdl_projets')) await writeProjectTexts(db, others);

		mkdirSync(outDir, { recursive: true });
		for (const file of readdirSync(sourceDir)) if (!file.endsWith('.parquet') && file !== 'manifest.json') cpSync(join(sourceDir, file), join(outDir, file), { recursive: true });
		const manifest = JSON.parse(readFileSync(join(sourceDir, 'manifest.json'), 'utf8')) as Manifest;
		for (const name of present) {
			const target = join(outDir, `${name}.parquet`);
			if (!SCOPED.includes(name)) copyFileSync(join(sourceDir, `${name}.parquet`), target);
			else await db.exec(`COPY (${scopedSelect(name)}) TO ${quoted(target)} (FORMAT parquet, COMPRESSION zstd)`);
			const bytes = readFileSync(target);
			const [{ n }] = await db.all<{ n: number }>(`SELECT COUNT(*)::INTEGER AS n FROM read_parquet(${quoted(target)})`);
			manifest.extracts[name] = { ...manifest.extracts[name], rows: n, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
		}
		writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
		return { bailleur, pseudonyms: table };
	} finally {
		db.close();
	}
}

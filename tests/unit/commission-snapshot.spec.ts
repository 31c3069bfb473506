/**
 * A frozen commission keeps the figures it was presented with: the same view run on the
 * snapshot's extracts and on later, revised extracts gives the deck's figures on the first
 * only. Uses data/snapshots/2022-06-16 when committed; otherwise a stand-in made here from
 * data/extracts (truncated to 31 May 2022, as the snapshot CLI does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNativeDb } from '../../scripts/lib/duckdb-native';
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts';
import { normalizeSpaces } from '../../src/lib/format';
import { openBuildEngine, type BuildEngine } from '../../src/lib/server/engine';
import { listSnapshots, type CommissionSnapshot } from '../../src/lib/server/snapshots';
import { datesDesSections, finDuMoisPrecedent, loadCommission, type CommissionData } from '../../src/lib/views/commission';
import { slidesDeLaCommission } from '../../src/lib/commission/slides';
import { nextSlide, slideFromHash } from '../../src/lib/commission/navigation';
import { depuisLaCommission, resumeDeCommission } from '../../src/lib/commission/depuis';
import { selectTerritoire } from '../../src/routes/reforme/selection';

const EXTRACTS = join(process.cwd(), 'data', 'extracts');
const COMMITTED = join(process.cwd(), 'data', 'snapshots');
const work = mkdtempSync(join(tmpdir(), 'pdalhpd-commission-'));

const sql = (path: string) => `'${path.replaceAll("'", "''")}'`;

/** Copies `src` to `dst` through DuckDB, each extract filtered by `where[name]` (all rows otherwise). */
async function copyExtracts(src: string, dst: string, where: Record<string, string>, select: Record<string, string> = {}) {
	cpSync(src, dst, { recursive: true });
	const db = await openNativeDb();
	try {
		for (const name of EXTRACT_NAMES) {
			const file = join(dst, `${name}.parquet`);
			await db.exec(`COPY (SELECT ${select[name] ?? '*'} FROM read_parquet(${sql(join(src, `${name}.parquet`))}) WHERE ${where[name] ?? 'true'}) TO ${sql(file)} (FORMAT parquet)`);
		}
	} finally {
		db.close();
	}
}

let snapshot: CommissionSnapshot;
let snapshotEngine: BuildEngine;
let liveEngine: BuildEngine;

beforeAll(async () => {
	let found = listSnapshots(COMMITTED).find((s) => s.commission === '2022-06-16');
	if (!found) {
		const dir = join(work, 'snapshots', '2022-06-16');
		await copyExtracts(EXTRACTS, dir, { attributions: "mois <= DATE '2022-05-31'", stocks: "date <= DATE '2022-05-31'" });
		const manifest = JSON.parse(readFileSync(join(EXTRACTS, 'manifest.json'), 'utf8'));
		writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, latestDate: '2022-05-31' }));
		writeFileSync(join(dir, 'commission.json'), JSON.stringify({ commission: '2022-06-16', au: '2022-05-31' }));
		found = listSnapshots(join(work, 'snapshots'))[0];
	}
	snapshot = found;
	// Later extracts revise May 2022: one more priority household rehoused in every row of the month.
	const revised = join(work, 'revised');
	const columns = "* REPLACE (prioritaires + CASE WHEN mois = DATE '2022-05-01' THEN 1 ELSE 0 END AS prioritaires)";
	await copyExtracts(EXTRACTS, revised, {}, { attributions: columns });
	[snapshotEngine, liveEngine] = await Promise.all([openBuildEngine(snapshot.dir), openBuildEngine(revised)]);
}, 60_000);

afterAll(() => {
	snapshotEngine?.close();
	liveEngine?.close();
	rmSync(work, { recursive: true, force: true });
});

const region = (data: CommissionData, indicateur?: 'sortants_hebergement' | 'sans_abri') =>
	indicateur ? data.logement.publics.find((p) => p.indicateur === indicateur)!.rows[0] : data.prioritaires.departements[0];

describe('a frozen commission (16 June 2022)', () => {
	it('is listed with its commission day and latest month', () => {
		expect(snapshot.commission).toBe('2022-06-16');
		expect(snapshot.latestDate).toBe('2022-05-31');
		expect(snapshot.demonstration).toBe(true);
		expect(snapshot.sources.attributions).toMatch(/^Données de démonstration générées/);
	});

	it('gives the deck’s figures from its own extracts, while revised extracts differ', async () => {
		const frozen = await loadCommission(snapshotEngine, { date: snapshot.latestDate, territoire: '32' }, { sections: snapshot.sections });
		expect(frozen.dates).toEqual({ prioritaires: '2022-05-31', logementDAbord: '2022-04-30', reforme: '2022-04-30', fnavdl: '2022-05-31' });
		expect([region(frozen).realise, region(frozen).stock, region(frozen, 'sortants_hebergement').realise, region(frozen, 'sans_abri').realise]).toEqual([3859, 8514, 559, 334]);
		const slides = slidesDeLaCommission(frozen, selectTerritoire(frozen.reforme, frozen.territoire));
		expect(slides.map((s) => s.id)).toEqual(['titre', 'prioritaires', 'prioritaires-epci', 'sortants', 'sortants-epci', 'sans-abri', 'reforme', 'fnavdl']);
		expect(normalizeSpaces(slides[1].bullets[0])).toBe(
			"Bilan au 31 mai 2022 : 3 859 ménages prioritaires relogés, soit entre 71 et 113 % de l'objectif à date selon les départements"
		);
		expect(normalizeSpaces(slides[2].bullets[0])).toBe('Situation à fin 2021 : part des attributions aux ménages prioritaires entre 7 et 42 % selon les EPCI');
		expect(normalizeSpaces(slides[3].bullets[1])).toBe("Bilan au 30 avril 2022 : 559 ménages relogés, soit 80 % de l'objectif à date et 3,8 % des attributions totales");

		const revised = await loadCommission(liveEngine, { date: '2022-05-31', territoire: '32' });
		expect(region(revised).realise).toBeGreaterThan(3859);
		expect(region(revised, 'sortants_hebergement').realise).toBe(559);

		// The live commission counts from the frozen figures, within the year, later dates only.
		const derniere = resumeDeCommission(snapshot.commission, frozen);
		expect(depuisLaCommission(revised, derniere)).toEqual([]);
		const decembre = await loadCommission(liveEngine, { date: '2022-12-31', territoire: '32' });
		const lines = depuisLaCommission(decembre, derniere).map(normalizeSpaces);
		expect(lines[0]).toBe(`+ ${(region(decembre).realise - 3859).toLocaleString('fr-FR').replace(/\s/g, ' ')} ménages prioritaires relogés depuis les chiffres présentés en commission le 16 juin 2022 (3 859 au 31 mai 2022)`);
		expect(lines[1]).toMatch(/^\+ [\d ]+ sortants d'hébergement relogés depuis les chiffres présentés en commission le 16 juin 2022 \(559 au 30 avril 2022\)$/);
		expect(lines).toHaveLength(3);
	});
});

describe('section dates and slide moves', () => {
	it('puts Logement d’abord and the reform one month earlier, unless that month is missing or fixed', () => {
		expect(finDuMoisPrecedent('2022-01-31')).toBe('2021-12-31');
		expect(finDuMoisPrecedent('2022-03-31')).toBe('2022-02-28');
		expect(datesDesSections('2022-05-31', ['2022-05-31']).logementDAbord).toBe('2022-05-31');
		expect(datesDesSections('2022-05-31', undefined, { reforme: '2022-03-31' })).toEqual({ prioritaires: '2022-05-31', logementDAbord: '2022-04-30', reforme: '2022-03-31', fnavdl: '2022-05-31' });
	});
	it('moves within the slides and reads the slide from the URL fragment', () => {
		expect([nextSlide(0, 6, 'previous'), nextSlide(0, 6, 'next'), nextSlide(5, 6, 'next'), nextSlide(2, 6, 'last'), nextSlide(4, 6, 'first')]).toEqual([0, 1, 5, 5, 0]);
		expect([slideFromHash('#3', 6), slideFromHash('#7', 6), slideFromHash('#x', 6), slideFromHash('', 6)]).toEqual([2, 0, 0, 0]);
	});
});

it('finds no snapshot in a folder without any', () => {
	expect(listSnapshots(join(work, 'nowhere'))).toEqual([]);
	expect(existsSync(EXTRACTS)).toBe(true);
});

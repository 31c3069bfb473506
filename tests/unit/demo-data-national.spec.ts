/**
 * The national-scale synthetic dataset (`npm run demo-data -- --scale national`): a France
 * of 101 departments, 1 255 EPCI, 600 bailleurs and 60 months, partitioned by region, whose
 * Hauts-de-France folder still reproduces the June 2022 commission.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native';
import { generateNational, type NationalSummary } from '../../scripts/demo-data/national/generate';
import { regionDesExtraits } from '../../src/lib/queries/region';
import { catalogueRegion } from '../../src/lib/catalogue/catalogue.server';
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts';
import { objectifsRealisation } from '../../src/lib/queries';

let output: string;
let summary: NationalSummary;
let hdf: NativeDb;
beforeAll(async () => {
	output = mkdtempSync(join(tmpdir(), 'national-'));
	summary = await generateNational(output);
	hdf = await openExtracts(join(output, 'region=32'));
}, 120_000);
afterAll(() => {
	hdf?.close();
	rmSync(output, { recursive: true, force: true });
});

describe('France synthétique partitionnée par région', () => {
	it('covers 18 regions, 101 departments, 1 255 EPCI, 600 bailleurs and 60 months', () => {
		expect(summary.regions).toHaveLength(18);
		expect([summary.departements, summary.epci, summary.bailleurs, summary.mois]).toEqual([101, 1255, 600, 60]);
		const national = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8'));
		expect(national.partition).toBe('region');
	});

	it('writes every extract and a manifest in each region folder, the Hauts-de-France one under 2 MB', () => {
		for (const r of summary.regions) {
			for (const name of EXTRACT_NAMES) expect(existsSync(join(output, r.dossier, `${name}.parquet`)), `${r.dossier}/${name}`).toBe(true);
			expect(JSON.parse(readFileSync(join(output, r.dossier, 'manifest.json'), 'utf8')).latestDate).toBe('2022-12-31');
		}
		const region32 = summary.regions.find((r) => r.code === '32')!;
		expect(region32.octets).toBeLessThan(2_000_000);
		expect(region32.octets).toBeLessThan(summary.regions.reduce((s, r) => s + r.octets, 0) / 5);
	});

	it('keeps the commission figures in the Hauts-de-France folder, now with 60 months', async () => {
		const rows = await hdf.run(objectifsRealisation('prioritaires', '2022-05-31'));
		expect(Object.fromEntries(rows.map((r) => [r.code, r.realise]))).toEqual({ '02': 459, '59': 1413, '60': 348, '62': 1152, '80': 487, '32': 3859 });
		const [{ mois, depassements }] = await hdf.all<{ mois: number; depassements: number }>(
			`SELECT COUNT(DISTINCT mois)::INTEGER AS mois,
  COUNT(*) FILTER (WHERE prioritaires > attributions OR hors_qpv + qpv <> attributions OR hors_qpv_q1 > hors_qpv OR qpv_q2_q4 > qpv OR qpv_q4 > qpv_q2_q4)::INTEGER AS depassements
FROM attributions`
		);
		expect([mois, depassements]).toEqual([60, 0]);
	});
});

describe('a region built from its own folder', () => {
	it('names its region in its extracts, and the catalogue of projects follows: PACA gets its 7 projects, Hauts-de-France its 25', async () => {
		const paca = await openExtracts(join(output, 'region=93'));
		try {
			const [region] = await paca.run(regionDesExtraits());
			expect(region.code).toBe('93');
			const catalogue = catalogueRegion(region.code);
			expect(catalogue.projets).toHaveLength(7);
			expect(catalogue.autresRegions.map((a) => [a.region, a.projets.length])).toEqual([['32', 25]]);
		} finally {
			paca.close();
		}
		const [hdfRegion] = await hdf.run(regionDesExtraits());
		expect(catalogueRegion(hdfRegion.code).projets).toHaveLength(25);
	});
});

import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { geoArea, geoBounds, geoCentroid } from 'd3';
import type { Feature, Polygon } from 'geojson';
import { loadCog } from '../../scripts/lib/cog.ts';
import { buildContours, DEFAULT_OPTIONS } from '../../scripts/geo/build.ts';
import { communesSansContour, mapCommunes2018 } from '../../scripts/geo/communes-2018.ts';
import { FUSIONS_HORS_COG } from '../../scripts/geo/fusions-hors-cog.ts';
import { readContours } from '../../scripts/geo/read.ts';
import { runGeoJob } from '../../scripts/geo/run.ts';
import { readGeoJson, readGeoSources } from '../../scripts/geo/sources.ts';
import { FRANCE_DEPARTEMENTS_FILE, GEO_OUT_DIR, GEO_SRC_DIR, HAUTS_DE_FRANCE_FILE, SOURCE_FILES } from '../../scripts/geo/paths.ts';

const cog = loadCog();
const sources = readGeoSources();
const contours = readContours();
const codes2018 = sources.communes2018.features.map((f) => f.properties.code);

describe('contours EPCI', () => {
	it('has exactly one feature per EPCI of the COG, with its properties', () => {
		expect(contours.epci.features).toHaveLength(92);
		const expected = cog.epcis.map((e) => ({ siren: e.siren, nom: e.nom, code_departement: e.codeDepartement })).sort((a, b) => a.siren.localeCompare(b.siren));
		expect(contours.epci.features.map((f) => f.properties)).toEqual(expected);
		expect(contours.epci.features.map((f) => f.id)).toEqual(expected.map((e) => e.siren));
		expect(contours.epci.features.find((f) => f.id === '200093201')?.properties).toEqual({
			siren: '200093201',
			nom: 'Métropole Européenne de Lille',
			code_departement: '59'
		});
	});

	it('keeps each EPCI inside the region and covers the region area within 1 %', () => {
		const [[west, south], [east, north]] = geoBounds(contours.region.features[0]);
		for (const epci of contours.epci.features) {
			const [lon, lat] = geoCentroid(epci);
			expect([epci.id, lon >= west && lon <= east && lat >= south && lat <= north]).toEqual([epci.id, true]);
		}
		const region2018 = readGeoJson<Feature<Polygon>>(join(GEO_SRC_DIR, SOURCE_FILES.region2018));
		const epciArea = contours.epci.features.reduce((sum, f) => sum + geoArea(f), 0);
		expect(Math.abs(epciArea / geoArea(region2018) - 1)).toBeLessThan(0.01);
		// Hauts-de-France: 31 813 km² (INSEE); steradians × R² of the mean Earth radius.
		expect(Math.round((epciArea * 6371.0088 ** 2) / 100) * 100).toBe(31800);
	});
});

describe('départements, région et contexte', () => {
	it('has the 5 departments and the region', () => {
		expect(contours.departements.features.map((f) => [f.id, f.properties.nom])).toEqual([
			['02', 'Aisne'],
			['59', 'Nord'],
			['60', 'Oise'],
			['62', 'Pas-de-Calais'],
			['80', 'Somme']
		]);
		expect(contours.region.features.map((f) => f.properties)).toEqual([{ code: '32', nom: 'Hauts-de-France' }]);
	});

	it('has the 96 metropolitan departments in the context layer', () => {
		const codes = contours.franceDepartements.features.map((f) => f.properties.code);
		expect(codes).toHaveLength(96);
		expect(codes.filter((c) => ['2A', '2B', '59', '95'].includes(c))).toEqual(['2A', '2B', '59', '95']);
	});

	it('weighs less than 1.5 MB in all', () => {
		const bytes = [HAUTS_DE_FRANCE_FILE, FRANCE_DEPARTEMENTS_FILE].reduce((sum, name) => sum + statSync(join(GEO_OUT_DIR, name)).size, 0);
		expect(bytes).toBeLessThan(1_500_000);
	});
});

describe('communes 2018 → EPCI actuels', () => {
	const mapping = mapCommunes2018(codes2018, cog, FUSIONS_HORS_COG);

	it('maps each of the 3 808 commune contours to exactly one EPCI of the COG', () => {
		expect(new Set(codes2018).size).toBe(3808);
		expect(mapping.size).toBe(3808);
		const sirens = new Set(cog.epcis.map((e) => e.siren));
		expect([...mapping.values()].filter((c) => !sirens.has(c.sirenEpci))).toEqual([]);
		expect(mapping.get('62210')).toEqual({ codeCommune: '62154', sirenEpci: '200069672', codeDepartement: '62' });
		expect(mapping.get('80175')?.codeCommune).toBe('80505'); // Carnoy, déléguée of Carnoy-Mametz
	});

	it('covers every current commune of the region (no exception)', () => {
		expect(cog.communes.size).toBe(3782);
		expect(communesSansContour(mapping, cog)).toEqual([]);
	});

	it('fails in French, naming a 2018 code it cannot map', () => {
		const intruder = { ...sources.communes2018.features[0], properties: { code: '99999', nom: 'Commune fictive' } };
		const communes2018 = { ...sources.communes2018, features: [...sources.communes2018.features, intruder] };
		expect(() => buildContours({ ...sources, communes2018, cog, fusions: FUSIONS_HORS_COG, ...DEFAULT_OPTIONS })).toThrow(
			'Contours : 1 code(s) commune 2018 sans correspondance dans le COG actuel : 99999. Ajoutez chaque fusion à scripts/geo/fusions-hors-cog.ts.'
		);
	});

	it('rejects an explicit mapping to a code that is not a current commune', () => {
		expect(() => mapCommunes2018(['62210'], cog, { '62210': { codeActuel: '62210' } })).toThrow(
			"Contours : Correspondance(s) vers une commune qui n'est pas une commune actuelle de la région : 62210 → 62210."
		);
	});
});

describe('npm run geo', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'geo-'));
	afterAll(() => rmSync(outDir, { recursive: true, force: true }));

	it('rebuilds byte-identical files to the committed ones', () => {
		const report = runGeoJob({ srcDir: GEO_SRC_DIR, outDir });
		expect(report.files.map((f) => [f.name, f.features])).toEqual([
			[HAUTS_DE_FRANCE_FILE, { epci: 92, departements: 5, region: 1 }],
			[FRANCE_DEPARTEMENTS_FILE, { departements: 96 }]
		]);
		for (const name of [HAUTS_DE_FRANCE_FILE, FRANCE_DEPARTEMENTS_FILE]) {
			expect(readFileSync(join(outDir, name)).equals(readFileSync(join(GEO_OUT_DIR, name)))).toBe(true);
		}
	});
});

/**
 * The diffusion build, built once into a temporary copy of the project and scanned (1 to 3 minutes:
 * run by `npm run test:long`, i.e. with PDALHPD_TEST_LONG=1; skipped otherwise).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { diffusionBuild } from '../../scripts/diffusion/build';
import { pageData, type DiffusionScan } from '../../scripts/diffusion/scan';
import { openExtracts } from '../../scripts/lib/duckdb-native';
import { epciRealisation, type EpciRealisationRow } from '../../src/lib/queries/epci-realisation';
import manifest from '../../data/extracts/manifest.json';

const SKIPPED = ['node_modules', 'build', '.svelte-kit', 'test-results', '.git'];
const root = process.cwd();
let dir = '';
let scan: DiffusionScan | null = null;
let small: EpciRealisationRow[] = [];

/** Texts of the cells (th, td) of the table rows of `html` naming `nom`. */
function rowsNaming(html: string, nom: string): string[][] {
	const escaped = nom.replace(/'/g, '&#39;');
	return [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)]
		.filter((m) => m[1].includes(escaped) || m[1].includes(nom))
		.map((m) => [...m[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()));
}

describe.skipIf(process.env.PDALHPD_TEST_LONG !== '1')('diffusion build (secret statistique)', () => {
	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'pdalhpd-diffusion-'));
		cpSync(root, dir, { recursive: true, filter: (src) => !SKIPPED.includes(relative(root, src).split('/')[0]) });
		symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
		const db = await openExtracts(join(root, 'data', 'extracts'));
		const rows = await db.run(epciRealisation('prioritaires', manifest.latestDate)).finally(() => db.close());
		small = rows.filter((r) => r.realise > 0 && r.realise < 11);
		const started = Date.now();
		const result = diffusionBuild(dir, [], { env: { ...process.env, PDALHPD_SEUIL_SECRET: '' }, quiet: true });
		console.log(`Version de diffusion construite en ${Math.round((Date.now() - started) / 1000)} s.`);
		if (result.status !== 0) throw new Error(`Construction de la version de diffusion en échec :\n${result.output.slice(-4000)}`);
		scan = result.scan;
	}, 15 * 60_000);

	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	}, 120_000);

	it('ships no extract, and no page data holds a count of 1 to 10 households or escapes the rule', () => {
		expect(scan?.extraits).toEqual([]);
		expect(scan?.nonDiffusees).toEqual([]);
		expect(scan?.comptes).toEqual([]);
		expect(scan?.files).toBeGreaterThan(100);
	});

	it('masks, on /prioritaires, the EPCI whose priority attributions of the year are 1 to 10', () => {
		// The demonstration data has such EPCI (CC Interrégionale Aumale - Blangy-sur-Bresle at the end of 2022).
		expect(small.length).toBeGreaterThan(0);
		const data = pageData(readFileSync(join(dir, 'build', 'prioritaires', '__data.json'), 'utf8')) as {
			secretStatistique: { seuil: number };
			prioritaires: { epci: EpciRealisationRow[] };
		};
		expect(data.secretStatistique).toEqual({ seuil: 11 });
		const html = readFileSync(join(dir, 'build', 'prioritaires.html'), 'utf8');
		for (const epci of small) {
			expect(data.prioritaires.epci.find((e) => e.code === epci.code)?.realise).toBeNaN();
			const rows = rowsNaming(html, epci.nom);
			expect(rows.length).toBeGreaterThan(0);
			// No cell of its rows is a count of 1 to 10 (its own value among them).
			for (const cells of rows) expect(cells.filter((c) => /^([1-9]|10)$/.test(c))).toEqual([]);
		}
	});

	it('masks, on their territory sheets, the share that would give the masked count back', () => {
		for (const epci of small) {
			const html = readFileSync(join(dir, 'build', 'territoire', `${epci.code}.html`), 'utf8');
			const [share] = rowsNaming(html, 'Part des ménages prioritaires dans les attributions');
			// Share × attributions would be the masked count: no percentage is shown.
			expect(share?.[1]).not.toMatch(/%/);
			expect(share?.[1]).toBeTruthy();
		}
	});
});

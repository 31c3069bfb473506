/**
 * The two engines give the same rows: every query of the site's catalog (and a representative
 * list over every extract) runs in the page on DuckDB-wasm and here on native DuckDB, over the
 * same data/extracts. Also: nothing leaves the origin, DuckDB-wasm waits for the first paint,
 * and a missing extract breaks only its own table, with a French message.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DERIVED_NAMES, EXTRACT_NAMES, type Manifest } from '../../src/lib/contract/extracts';
import { catalogQueries } from '../../src/lib/queries/catalog';
import type { Query } from '../../src/lib/queries/query';
import { openBuildEngine, type BuildEngine } from '../../src/lib/server/engine';
import { countQuery, representativeQueries } from './engines-page/representative-queries';

const EXTRACTS_DIR = join(process.cwd(), 'data', 'extracts');
const absent = EXTRACT_NAMES.filter((name) => !existsSync(join(EXTRACTS_DIR, `${name}.parquet`)));
test.skip(absent.length > 0, `data/extracts incomplet (${absent.join(', ')} absent) : lancez \`npm run data\` avant ce test.`);

interface EngineHandle {
	run(query: Query<unknown>): Promise<unknown[]>;
	ready: Promise<{ loaded: string[]; broken: Record<string, string> }>;
}
type PdalhpdWindow = Window & { __pdalhpd?: EngineHandle };

/** Opens `/` and waits for the browser engine; returns the load report. */
async function openEngine(page: Page) {
	await page.goto('/');
	await page.waitForFunction(() => (window as PdalhpdWindow).__pdalhpd !== undefined, null, { timeout: 30_000 }).catch(() => {
		throw new Error("window.__pdalhpd absent après 30 s : src/routes/+layout.svelte doit appeler provideEngine() de '$lib/db'.");
	});
	return page.evaluate(() => (window as PdalhpdWindow).__pdalhpd!.ready);
}

/** Runs in the page; resolves with the rows or `{ error: message }`. */
function runInPage(page: Page, query: Query<unknown>) {
	return page.evaluate(
		(q) => (window as PdalhpdWindow).__pdalhpd!.run(q).catch((e: Error) => ({ error: e.message })),
		query as Query<unknown>
	);
}

const manifest = () => JSON.parse(readFileSync(join(EXTRACTS_DIR, 'manifest.json'), 'utf8')) as Manifest;

test.describe('moteurs DuckDB (navigateur et build)', () => {
	let native: BuildEngine;
	test.beforeAll(async () => {
		native = await openBuildEngine(EXTRACTS_DIR);
	});
	test.afterAll(() => native?.close());

	test('mêmes lignes sur DuckDB-wasm et DuckDB natif, rien hors de l’origine, wasm après le premier rendu', async ({ page }) => {
		test.setTimeout(180_000);
		const requests: Request[] = [];
		page.on('request', (request) => requests.push(request));

		const report = await openEngine(page);
		expect(report).toEqual({ loaded: [...EXTRACT_NAMES, ...DERIVED_NAMES], broken: {} });

		const queries = [...catalogQueries(), ...representativeQueries()];
		let nonEmpty = 0;
		for (const query of queries) {
			const inBrowser = await runInPage(page, query);
			expect(inBrowser, query.name).toEqual(await native.run(query));
			if (Array.isArray(inBrowser) && inBrowser.length > 0) nonEmpty++;
		}
		expect(nonEmpty).toBeGreaterThan(queries.length / 2);
		for (const name of EXTRACT_NAMES) {
			expect(await runInPage(page, countQuery(name)), name).toEqual([{ n: manifest().extracts[name].rows }]);
		}
		// The tables derived at build time arrive whole: as many rows as the build engine derives.
		for (const name of DERIVED_NAMES) expect(await runInPage(page, countQuery(name)), name).toEqual(await native.run(countQuery(name)));

		const outside = requests.map((r) => r.url()).filter((url) => /^https?:/.test(url) && new URL(url).hostname !== '127.0.0.1');
		expect(outside).toEqual([]);

		const wasm = requests.filter((r) => new URL(r.url()).pathname.endsWith('.wasm'));
		expect(wasm.map((r) => new URL(r.url()).pathname)).toEqual([expect.stringMatching(/duckdb-(eh|mvp)[^/]*\.wasm$/)]);
		const paint = await page.evaluate(() => ({
			timeOrigin: performance.timeOrigin,
			fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null
		}));
		expect(paint.fcp).not.toBeNull();
		// Request timing is in epoch ms; the paint entry is relative to the page's time origin.
		expect(wasm[0].timing().startTime).toBeGreaterThan(paint.timeOrigin + paint.fcp!);
	});

	test('un extrait absent : message en français, les autres tables répondent', async ({ page }) => {
		await page.route('**/extraits/stocks.parquet', (route) => route.fulfill({ status: 404, body: 'absent' }));
		const report = await openEngine(page);
		expect(report.broken).toEqual({ stocks: 'Extrait « stocks » absent (HTTP 404).' });
		expect(report.loaded).toEqual([...EXTRACT_NAMES, ...DERIVED_NAMES].filter((name) => name !== 'stocks'));
		expect(await runInPage(page, countQuery('stocks'))).toEqual({ error: 'Extrait « stocks » absent (HTTP 404).' });
		expect(await runInPage(page, countQuery('attributions'))).toEqual([{ n: manifest().extracts.attributions.rows }]);
	});

	test('un extrait corrompu : illisible, nommé', async ({ page }) => {
		await page.route('**/extraits/bailleurs.parquet', (route) => route.fulfill({ status: 200, body: 'PAR1 tronqué' }));
		const report = await openEngine(page);
		expect(report.broken.bailleurs).toMatch(/^Extrait « bailleurs » illisible : .+/);
		expect(await runInPage(page, countQuery('territoires'))).toEqual([{ n: manifest().extracts.territoires.rows }]);
	});
});

/**
 * `npm run bench [-- --runs N --changes N --warmup N --port N --no-build --scale regional|national]`:
 * builds the site twice (with and without prerendered figures), serves each build on 127.0.0.1,
 * drives Debian's Chromium and prints the French results table; writes `bench/results.json`
 * (`bench/results-national.json` with `--scale national`, built from the Hauts-de-France folder
 * of the synthetic France, generated first when missing).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateNational } from '../demo-data/national/generate';
import { cpus, totalmem } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { assertBuilt, buildVariants, SITES } from './build';
import { coldRun, type ColdRunSample } from './cold-run';
import { floorPage, FLOOR_PATH } from './floor';
import { PAINTED_PAGES, PERMALINKS } from './pages';
import { paintRun } from './paint-run';
import { permalinkRun, type PermalinkSample } from './permalink-run';
import { interactionSession } from './interactions';
import { parseOptions } from './options';
import { renderReport, type BenchResults, type ChangementsFiltre, type ColdRuns, type Filtre, type LienPartage } from './results';
import { serveStatic } from './server';
import { percentile, ratio, summarize } from './stats';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const HEAP_EARLY = 50;
const HEAP_LATE = 500;

function summarizeRuns(samples: ColdRunSample[]): ColdRuns {
	const of = (pick: (s: ColdRunSample) => number) => summarize(samples.map(pick));
	return {
		fcp: of((s) => s.fcp),
		figuresVisible: of((s) => s.figuresVisible),
		wasmFirstAnswer: of((s) => s.wasmFirstAnswer),
		firstViewSansWasm: of((s) => s.firstView.sansWasm),
		total: of((s) => s.total.total),
		wasm: of((s) => s.total.wasm),
		extraits: of((s) => s.total.extraits)
	};
}

const NATIONAL_DIR = 'data/national';

/** The synthetic France, generated when missing; returns the Hauts-de-France folder and the nation's size. */
async function nationalData(): Promise<{ dir: string; nation: { regions: number; octets: number } }> {
	if (!existsSync(join(NATIONAL_DIR, 'manifest.json'))) {
		console.error(`Génération de la France synthétique dans ${NATIONAL_DIR}…`);
		await generateNational(NATIONAL_DIR);
	}
	const manifest = JSON.parse(readFileSync(join(NATIONAL_DIR, 'manifest.json'), 'utf8')) as { regions: { octets: number }[] };
	return { dir: join(NATIONAL_DIR, 'region=32'), nation: { regions: manifest.regions.length, octets: manifest.regions.reduce((s, r) => s + r.octets, 0) } };
}

function changements(session: Awaited<ReturnType<typeof interactionSession>>): ChangementsFiltre {
	const lat = session.latencies;
	const of = (f: Filtre) => lat.filter((_, i) => session.filtres[i] === f);
	const parFiltre = Object.fromEntries((['date', 'territoire', 'bailleur'] as const).map((f) => [f, { n: of(f).length, p95: percentile(of(f), 95) }])) as ChangementsFiltre['parFiltre'];
	return {
		n: lat.length,
		p50: percentile(lat, 50),
		p95: percentile(lat, 95),
		max: lat.length ? Math.max(...lat) : null,
		parFiltre,
		nouvellesVues: summarize(lat.filter((_, i) => session.nouvelleVue[i])),
		vuesEnCache: summarize(lat.filter((_, i) => !session.nouvelleVue[i])),
		chargementNouvellesVues: summarize(session.chargements.filter((_, i) => session.nouvelleVue[i]))
	};
}

/**
 * First paints, interleaved run by run (floor, then each page) so that a noisy moment of the
 * machine weighs on all of them alike: path → FCP samples, the floor under FLOOR_PATH.
 */
async function paintRuns(browser: Browser, origin: string, runs: number): Promise<Record<string, number[]>> {
	const paths = [FLOOR_PATH, ...PAINTED_PAGES];
	const samples: Record<string, number[]> = Object.fromEntries(paths.map((p) => [p, []]));
	for (const path of paths) await paintRun(browser, new URL(path, origin).href); // warm-up: fills the server's gzip cache
	for (let i = 1; i <= runs; i++) {
		console.error(`Premiers affichages : passage ${i}/${runs}`);
		for (const path of paths) samples[path].push(await paintRun(browser, new URL(path, origin).href));
	}
	return samples;
}

/** Each shared link, `runs` times: a cold visit then a warm one. */
async function permalinkRuns(browser: Browser, origin: string, runs: number): Promise<{ path: string; samples: PermalinkSample[] }[]> {
	const all = PERMALINKS.map((link) => ({ path: link.path, samples: [] as PermalinkSample[] }));
	for (let i = 1; i <= runs; i++) {
		console.error(`Liens partagés : passage ${i}/${runs}`);
		for (const [j, link] of PERMALINKS.entries()) all[j].samples.push(await permalinkRun(browser, origin, link));
	}
	return all;
}

async function coldRuns(browser: Browser, url: string, runs: number, label: string): Promise<ColdRunSample[]> {
	const samples: ColdRunSample[] = [];
	// Not counted: fills the server's gzip cache (34 MB of wasm take seconds to compress), as a CDN's would be.
	console.error(`${label} : chargement d'échauffement du serveur (non compté)`);
	await coldRun(browser, url);
	for (let i = 1; i <= runs; i++) {
		console.error(`${label} : chargement à froid ${i}/${runs}`);
		samples.push(await coldRun(browser, url));
	}
	return samples;
}

async function main(): Promise<void> {
	const options = parseOptions(process.argv.slice(2));
	const national = options.scale === 'national' ? await nationalData() : null;
	if (options.build) buildVariants(national?.dir);
	assertBuilt();
	const floor = floorPage(readFileSync(join(SITES.prerendu, 'index.html'), 'utf8'));
	const servers = [await serveStatic(SITES.prerendu, options.port, { pages: { [FLOOR_PATH]: floor } }), await serveStatic(SITES.sansPrerendu, options.port + 1)];
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	try {
		const urlPrerendu = `http://127.0.0.1:${options.port}/`;
		const urlSansPrerendu = `http://127.0.0.1:${options.port + 1}/`;
		// Interleaved per run would be fairer on a noisy machine; sequential keeps each variant's cache story simple.
		const paints = await paintRuns(browser, urlPrerendu, options.runs);
		const links = await permalinkRuns(browser, urlPrerendu, options.runs);
		const prerendu = await coldRuns(browser, urlPrerendu, options.runs, 'Prérendu');
		const sansPrerendu = await coldRuns(browser, urlSansPrerendu, options.runs, 'Sans prérendu');
		console.error(`Session : ${HEAP_LATE} changements de date, territoire et bailleur (${options.warmup} d'échauffement, ${options.changes} mesurés)`);
		const session = await interactionSession(browser, urlPrerendu, {
			warmup: options.warmup,
			measured: options.changes,
			total: Math.max(HEAP_LATE, options.warmup + options.changes),
			heapAt: [HEAP_EARLY, HEAP_LATE]
		});
		const p = summarizeRuns(prerendu);
		const s = summarizeRuns(sansPrerendu);
		const results: BenchResults = {
			date: new Date().toISOString(),
			echelle: options.scale,
			nation: national?.nation ?? null,
			machine: { nproc: cpus().length, memoireGo: Math.round(totalmem() / 1e9), chromium: browser.version(), node: process.version },
			options: { runs: options.runs, changes: options.changes, warmup: options.warmup, compression: 'gzip (HTML, JS, CSS, JSON, wasm), Parquet tel quel' },
			plancher: summarize(paints[FLOOR_PATH]),
			premierAffichage: Object.fromEntries(PAINTED_PAGES.map((path) => [path, summarize(paints[path])])),
			prerendu: p,
			sansPrerendu: s,
			liens: links.map(({ path, samples }): LienPartage => ({ path, froid: summarize(samples.map((x) => x.froid)), chaud: summarize(samples.map((x) => x.chaud)) })),
			gainPrerendu: ratio(s.figuresVisible.median, p.figuresVisible.median),
			changementFiltre: changements(session),
			tas: { apres50: session.heap[HEAP_EARLY], apres500: session.heap[HEAP_LATE], croissance: session.heap[HEAP_LATE] - session.heap[HEAP_EARLY] }
		};
		mkdirSync('bench', { recursive: true });
		const file = national ? 'bench/results-national.json' : 'bench/results.json';
		writeFileSync(file, `${JSON.stringify({ ...results, echantillons: { premiersAffichages: paints, liens: links, prerendu, sansPrerendu, latences: session.latencies, chargements: session.chargements, filtres: session.filtres } }, null, 2)}\n`);
		console.log(renderReport(results));
		console.log(`\nChromium ${results.machine.chromium}, ${results.machine.nproc} cœurs, ${results.machine.memoireGo} Go ; détail dans ${file}`);
	} finally {
		await browser.close();
		for (const server of servers) server.close();
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});

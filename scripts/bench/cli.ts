/**
 * `npm run bench [-- --runs N --changes N --warmup N --port N --no-build]`: builds the site twice
 * (with and without prerendered figures), serves each build on 127.0.0.1, drives Debian's
 * Chromium and prints the French results table; writes `bench/results.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium, type Browser } from 'playwright-core';
import { assertBuilt, buildVariants, SITES } from './build';
import { coldRun, type ColdRunSample } from './cold-run';
import { interactionSession } from './interactions';
import { parseOptions } from './options';
import { renderReport, type BenchResults, type ColdRuns } from './results';
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
		wasm: of((s) => s.total.wasm)
	};
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
	if (options.build) buildVariants();
	assertBuilt();
	const servers = [await serveStatic(SITES.prerendu, options.port), await serveStatic(SITES.sansPrerendu, options.port + 1)];
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
	try {
		const urlPrerendu = `http://127.0.0.1:${options.port}/`;
		const urlSansPrerendu = `http://127.0.0.1:${options.port + 1}/`;
		// Interleaved per run would be fairer on a noisy machine; sequential keeps each variant's cache story simple.
		const prerendu = await coldRuns(browser, urlPrerendu, options.runs, 'Prérendu');
		const sansPrerendu = await coldRuns(browser, urlSansPrerendu, options.runs, 'Sans prérendu');
		console.error(`Session : ${HEAP_LATE} changements de date (${options.warmup} d'échauffement, ${options.changes} mesurés)`);
		const session = await interactionSession(browser, urlPrerendu, {
			warmup: options.warmup,
			measured: options.changes,
			total: Math.max(HEAP_LATE, options.warmup + options.changes),
			heapAt: [HEAP_EARLY, HEAP_LATE]
		});
		const p = summarizeRuns(prerendu);
		const s = summarizeRuns(sansPrerendu);
		const lat = session.latencies;
		const results: BenchResults = {
			date: new Date().toISOString(),
			machine: { nproc: cpus().length, memoireGo: Math.round(totalmem() / 1e9), chromium: browser.version(), node: process.version },
			options: { runs: options.runs, changes: options.changes, warmup: options.warmup, compression: 'gzip (HTML, JS, CSS, JSON, wasm), Parquet tel quel' },
			prerendu: p,
			sansPrerendu: s,
			gainPrerendu: ratio(s.figuresVisible.median, p.figuresVisible.median),
			changementDate: {
				n: lat.length,
				p50: percentile(lat, 50),
				p95: percentile(lat, 95),
				max: lat.length ? Math.max(...lat) : null,
				nouveauxMois: summarize(lat.filter((_, i) => session.nouveauMois[i])),
				moisEnCache: summarize(lat.filter((_, i) => !session.nouveauMois[i]))
			},
			tas: { apres50: session.heap[HEAP_EARLY], apres500: session.heap[HEAP_LATE], croissance: session.heap[HEAP_LATE] - session.heap[HEAP_EARLY] }
		};
		mkdirSync('bench', { recursive: true });
		writeFileSync('bench/results.json', `${JSON.stringify({ ...results, echantillons: { prerendu, sansPrerendu, latences: lat } }, null, 2)}\n`);
		console.log(renderReport(results));
		console.log(`\nChromium ${results.machine.chromium}, ${results.machine.nproc} cœurs, ${results.machine.memoireGo} Go ; détail dans bench/results.json`);
	} finally {
		await browser.close();
		for (const server of servers) server.close();
	}
}

main().catch((error) => {
	console.error(error instanceof Error ? error.message : error);
	process.exit(1);
});

import { describe, expect, it } from 'vitest';
import { percentile, ratio, summarize } from '../../scripts/bench/stats';
import { accountBytes, isWasm } from '../../scripts/bench/bytes';
import { formatKo, formatMo, formatMs, formatRatio, renderTable } from '../../scripts/bench/format';
import { parseOptions } from '../../scripts/bench/options';
import { renderReport, type BenchResults } from '../../scripts/bench/results';
import { floorPage } from '../../scripts/bench/floor';
import { cacheControl, serveStatic } from '../../scripts/bench/server';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('percentiles', () => {
	it('interpolate between closest ranks like numpy', () => {
		const values = [15, 20, 35, 40, 50];
		expect(percentile(values, 0)).toBe(15);
		expect(percentile(values, 50)).toBe(35);
		expect(percentile(values, 100)).toBe(50);
		expect(percentile(values, 95)).toBeCloseTo(48, 10);
		expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
		expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBeCloseTo(95.05, 10);
	});
	it('ignore input order, keep it intact, and are null on an empty sample', () => {
		const values = [50, 15, 40, 20, 35];
		expect(percentile(values, 50)).toBe(35);
		expect(values).toEqual([50, 15, 40, 20, 35]);
		expect(percentile([], 50)).toBeNull();
		expect(() => percentile([1], 101)).toThrow(RangeError);
	});
	it('summarize min, median and max', () => {
		expect(summarize([812, 640, 1204, 700, 655])).toEqual({ n: 5, min: 640, median: 700, max: 1204 });
		expect(summarize([])).toEqual({ n: 0, min: null, median: null, max: null });
		expect(ratio(2400, 800)).toBe(3);
		expect(ratio(null, 800)).toBeNull();
		expect(ratio(10, 0)).toBeNull();
	});
});

describe('byte accounting', () => {
	const resources = [
		{ url: 'http://127.0.0.1:4184/', bytes: 21_000 },
		{ url: 'http://127.0.0.1:4184/_app/immutable/entry/start.js', bytes: 35_500 },
		{ url: 'http://127.0.0.1:4184/_app/immutable/assets/duckdb-eh.wasm?v=1', bytes: 9_000_000 },
		{ url: 'http://127.0.0.1:4184/extraits/attributions.parquet', bytes: 120_000 },
		{ url: 'data:image/svg+xml;base64,AAAA', bytes: 0 }
	];
	it('count the DuckDB wasm and the Parquet extracts apart, whatever the query string, and skip data: URLs', () => {
		expect(accountBytes(resources)).toEqual({ total: 9_176_500, wasm: 9_000_000, sansWasm: 176_500, extraits: 120_000, requests: 4 });
		expect(isWasm('http://127.0.0.1/a.wasm?x=1')).toBe(true);
		expect(isWasm('http://127.0.0.1/wasm.js')).toBe(false);
		expect(accountBytes([])).toEqual({ total: 0, wasm: 0, sansWasm: 0, extraits: 0, requests: 0 });
	});
});

describe('French formatting', () => {
	it('renders units the French way', () => {
		expect(nbsp(formatMs(1234.4))).toBe('1 234 ms');
		expect(formatMs(null)).toBe('—');
		expect(formatKo(412_499)).toBe('412 ko');
		expect(formatMo(33_912_000)).toBe('33,9 Mo');
		expect(formatMo(2_500_000, true)).toBe('+2,5 Mo');
		expect(formatMo(-2_500_000, true)).toBe('-2,5 Mo');
		expect(formatRatio(2.44)).toBe('× 2,4');
	});
	it('pads a text table: first column left, others right', () => {
		expect(renderTable(['Mesure', 'médiane'], [['FCP', '80 ms'], ['Wasm', '2 100 ms']])).toBe(
			['Mesure |  médiane', '-------+---------', 'FCP    |    80 ms', 'Wasm   | 2 100 ms'].join('\n')
		);
	});
});

describe('options', () => {
	it('default to 5 cold runs and 50 changes, with a build', () => {
		expect(parseOptions([])).toEqual({ runs: 5, changes: 50, warmup: 5, build: true, port: 4184, scale: 'regional' });
		expect(parseOptions(['--runs', '7', '--changes', '20', '--no-build'])).toMatchObject({ runs: 7, changes: 20, build: false });
	});
	it('refuse anything else in French', () => {
		expect(() => parseOptions(['--runs', '0'])).toThrow('--runs attend un entier positif, reçu : 0');
		expect(parseOptions(['--scale', 'national'])).toMatchObject({ scale: 'national' });
		expect(() => parseOptions(['--scale', 'mondial'])).toThrow('--scale attend regional ou national, reçu : mondial');
		expect(() => parseOptions(['--vite'])).toThrow('Option inconnue : --vite');
	});
});

describe('report', () => {
	const summary = (min: number, median: number, max: number) => ({ n: 5, min, median, max });
	const cold = {
		fcp: summary(60, 80, 120),
		figuresVisible: summary(70, 90, 130),
		wasmFirstAnswer: summary(2500, 3200, 4000),
		firstViewSansWasm: summary(200_000, 210_000, 320_000),
		total: summary(9_000_000, 9_100_000, 9_200_000),
		wasm: summary(8_000_000, 8_000_000, 8_000_000),
		extraits: summary(60_000, 62_000, 64_000)
	};
	const results: BenchResults = {
		date: '2026-12-03T18:30:00Z',
		echelle: 'regional',
		nation: null,
		machine: { nproc: 2, memoireGo: 25, chromium: '156.0', node: 'v20' },
		options: { runs: 5, changes: 50, warmup: 5, compression: 'gzip' },
		plancher: summary(50, 60, 70),
		premierAffichage: { '/': summary(70, 85, 100), '/prioritaires': summary(90, 100, 120), '/territoire/59': summary(250, 320, 400) },
		prerendu: cold,
		sansPrerendu: { ...cold, figuresVisible: summary(3000, 3600, 4100) },
		gainPrerendu: 40,
		liens: [{ path: '/prioritaires?date=2022-05-31&territoire=59', froid: summary(2000, 2400, 2600), chaud: summary(900, 1200, 1300) }],
		changementFiltre: {
			n: 50,
			p50: 7,
			p95: 21,
			max: 30,
			parFiltre: { date: { n: 17, p95: 15 }, territoire: { n: 17, p95: 26 }, bailleur: { n: 16, p95: 12 } },
			nouvellesVues: summary(4, 7, 30),
			vuesEnCache: summary(2, 3, 5),
			chargementNouvellesVues: summary(1, 3, 20)
		},
		tas: { apres50: 30_000_000, apres500: 33_500_000, croissance: 3_500_000 }
	};
	const lineOf = (report: string) => {
		const lines = nbsp(report).split('\n');
		return (label: string) => lines.find((l) => l.trim().startsWith(label))!.split('|').map((c) => c.trim());
	};

	it('prints each measure with its ratio to the static floor and the target met or missed', () => {
		const lines = nbsp(renderReport(results)).split('\n');
		expect(lines).toHaveLength(26);
		expect(lines[0]).toMatch(/^Mesure +\| +min \| +médiane \| +max \| × plancher \| +cible \| +verdict$/);
		const line = lineOf(renderReport(results));
		expect(line('Plancher statique')).toEqual(['Plancher statique : tableau seul, sans CSS ni JS (FCP)', '50 ms', '60 ms', '70 ms', '× 1,0', '', '']);
		// 85 ms is × 1,4 of the floor and under 300 ms; 100 ms is × 1,7; 320 ms breaks both.
		expect(line('Premier affichage (FCP) / ')).toEqual(['Premier affichage (FCP) /', '70 ms', '85 ms', '100 ms', '× 1,4', '≤ × 1,5 et ≤ 300 ms', 'atteinte']);
		expect(line('Premier affichage (FCP) /prioritaires')).toEqual(['Premier affichage (FCP) /prioritaires', '90 ms', '100 ms', '120 ms', '× 1,7', '≤ × 1,5 et ≤ 300 ms', 'manquée']);
		expect(line('Premier affichage (FCP) /territoire/59')[6]).toBe('manquée');
		expect(line('Lien /prioritaires?date=2022-05-31&territoire=59 : vue demandée affichée, à froid')).toEqual([
			'Lien /prioritaires?date=2022-05-31&territoire=59 : vue demandée affichée, à froid', '2 000 ms', '2 400 ms', '2 600 ms', '× 40,0', '≤ 2 500 ms', 'atteinte'
		]);
		expect(line('Lien /prioritaires?date=2022-05-31&territoire=59 : vue demandée affichée, visite chaude').slice(5)).toEqual(['≤ 1 000 ms', 'manquée']);
		expect(line('Moteur wasm')).toEqual(['Moteur wasm : première réponse, à froid', '2 500 ms', '3 200 ms', '4 000 ms', '× 53,3', '≤ 3 000 ms', 'manquée']);
		expect(line('Changement de filtre : p50')).toEqual(['Changement de filtre : p50 (50 changements)', '', '7 ms', '', '', '≤ 8 ms', 'atteinte']);
		expect(line('Changement de filtre : p95')).toEqual(['Changement de filtre : p95', '', '21 ms', '30 ms', '', '≤ 16 ms', 'manquée']);
		expect(line('date : p95')).toEqual(['date : p95 (17)', '', '15 ms', '', '', '≤ 16 ms', 'atteinte']);
		expect(line('dont requêtes')).toEqual(['dont requêtes (DuckDB-wasm)', '1 ms', '3 ms', '20 ms', '', '', '']);
		expect(line('Gain du prérendu')).toEqual(['Gain du prérendu (ratio des médianes)', '', '× 40,0', '', '', '', '']);
		expect(line('Premier affichage : octets')).toEqual(['Premier affichage : octets hors wasm', '200 ko', '210 ko', '320 ko', '', '≤ 250 ko', 'atteinte']);
		expect(line('Tas JS : croissance')).toEqual(['Tas JS : croissance', '', '+3,5 Mo', '', '', '≤ 20,0 Mo', 'atteinte']);
	});

	it('holds national data to 50 ms at p95 and 2 MB of regional extracts, and shows what the whole nation weighs', () => {
		const line = lineOf(renderReport({ ...results, echelle: 'national', nation: { regions: 18, octets: 812_000 } }));
		expect(line('Changement de filtre : p95')).toEqual(['Changement de filtre : p95', '', '21 ms', '30 ms', '', '≤ 50 ms', 'atteinte']);
		expect(line('dont extraits')).toEqual(['dont extraits Parquet de la vue régionale', '60 ko', '62 ko', '64 ko', '', '≤ 2 000 ko', 'atteinte']);
		expect(line('pour comparaison')).toEqual(['pour comparaison : extraits des 18 régions', '', '812 ko', '', '', '', '']);
	});
});

describe('static floor', () => {
	it('keeps the home page heading and first table, and nothing else', () => {
		const html = floorPage('<html><head><link rel="stylesheet" href="x.css"><script>1</script></head><body><h1 class="a">Synthèse régionale</h1><table><tr><td>1 343</td></tr></table><table><tr><td>2</td></tr></table></body></html>');
		expect(html).toContain('<h1 class="a">Synthèse régionale</h1>\n<table><tr><td>1 343</td></tr></table></body>');
		expect(html).not.toMatch(/stylesheet|<script|<td>2</);
		expect(() => floorPage('<p>rien</p>')).toThrow('Plancher statique');
	});
	it('is served with the cache headers of production', () => {
		expect(cacheControl('/_app/immutable/assets/duckdb-eh.X.wasm')).toBe('public, max-age=31536000, immutable');
		expect(cacheControl('/prioritaires')).toBe('no-cache');
	});
	it('answers a revalidation with 304 when the file has not changed', async () => {
		const root = mkdtempSync(join(tmpdir(), 'bench-serve-'));
		writeFileSync(join(root, 'index.html'), '<h1>Synthèse</h1>');
		const server = await serveStatic(root, 0, { gzip: false });
		try {
			const { port } = server.address() as AddressInfo;
			const first = await fetch(`http://127.0.0.1:${port}/`);
			expect(first.status).toBe(200);
			expect(await first.text()).toBe('<h1>Synthèse</h1>');
			const etag = first.headers.get('etag');
			expect(etag).toMatch(/^"[\w-]+"$/);
			const again = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'if-none-match': etag! } });
			expect(again.status).toBe(304);
			writeFileSync(join(root, 'index.html'), '<h1>Autre</h1>');
			const changed = await fetch(`http://127.0.0.1:${port}/`, { headers: { 'if-none-match': etag! } });
			expect(changed.status).toBe(200);
		} finally {
			server.close();
		}
	});
});

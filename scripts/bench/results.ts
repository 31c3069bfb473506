/** The shape of `bench/results.json` and its French table, with the targets (reported, never asserted). */
import { formatKo, formatMo, formatMs, formatRatio, renderTable } from './format';
import type { Summary } from './stats';

/** Cold runs (new context, empty cache) of one build variant; times in ms from navigation start, bytes on the wire. */
export interface ColdRuns {
	fcp: Summary;
	figuresVisible: Summary;
	wasmFirstAnswer: Summary;
	/** Bytes until the `load` event, DuckDB's wasm excluded (it is fetched after first paint). */
	firstViewSansWasm: Summary;
	/** Bytes once the engine has answered: wasm, worker and extracts included. */
	total: Summary;
	/** The wasm binary's share of `total`. */
	wasm: Summary;
}

export interface BenchResults {
	date: string;
	machine: { nproc: number; memoireGo: number; chromium: string; node: string };
	options: { runs: number; changes: number; warmup: number; compression: string };
	prerendu: ColdRuns;
	sansPrerendu: ColdRuns;
	/** Median figures-visible time without prerendering divided by with it. */
	gainPrerendu: number | null;
	/** Latency (ms) from a change of date to every panel updated. */
	changementDate: { n: number; p50: number | null; p95: number | null; max: number | null; nouveauxMois: Summary; moisEnCache: Summary };
	/** JS heap used (bytes, after a forced GC) after 50 and 500 interactions. */
	tas: { apres50: number; apres500: number; croissance: number };
}

interface Line {
	label: string;
	min: string;
	median: string;
	max: string;
	cible: string;
	/** null when the line has no target. */
	atteinte: boolean | null;
}

const ms = (s: Summary, label: string, cibleMs: number | null): Line => ({
	label,
	min: formatMs(s.min),
	median: formatMs(s.median),
	max: formatMs(s.max),
	cible: cibleMs === null ? '' : `≤ ${formatMs(cibleMs)}`,
	atteinte: cibleMs === null || s.median === null ? null : s.median <= cibleMs
});

const ko = (s: Summary, label: string, cibleOctets: number | null): Line => ({
	label,
	min: formatKo(s.min),
	median: formatKo(s.median),
	max: formatKo(s.max),
	cible: cibleOctets === null ? '' : `≤ ${formatKo(cibleOctets)}`,
	atteinte: cibleOctets === null || s.median === null ? null : s.median <= cibleOctets
});

/** The report's lines, in reading order; targets from issue 9 (regional data). */
export function reportLines(r: BenchResults): Line[] {
	const c = r.changementDate;
	return [
		ms(r.prerendu.fcp, 'Premier affichage (FCP)', null),
		ms(r.prerendu.figuresVisible, 'Chiffres régionaux visibles (prérendu)', 1000),
		ms(r.sansPrerendu.figuresVisible, 'Chiffres régionaux visibles (sans prérendu)', null),
		{ label: 'Gain du prérendu (ratio des médianes)', min: '', median: formatRatio(r.gainPrerendu), max: '', cible: '', atteinte: null },
		ms(r.prerendu.wasmFirstAnswer, 'Moteur wasm : première réponse', 3000),
		{ label: `Changement de date : p50 (${c.n} changements)`, min: '', median: formatMs(c.p50), max: '', cible: '', atteinte: null },
		{ label: 'Changement de date : p95', min: '', median: formatMs(c.p95), max: formatMs(c.max), cible: `≤ ${formatMs(50)}`, atteinte: c.p95 === null ? null : c.p95 <= 50 },
		ms(c.nouveauxMois, '  dont mois jamais affiché', null),
		ms(c.moisEnCache, '  dont mois déjà affiché (cache)', null),
		ko(r.prerendu.firstViewSansWasm, 'Premier affichage : octets hors wasm', 600_000),
		ko(r.prerendu.total, 'Total transféré (wasm et extraits compris)', null),
		ko(r.prerendu.wasm, '  dont wasm DuckDB', null),
		{
			label: 'Tas JS : après 50 / après 500 interactions',
			min: formatMo(r.tas.apres50),
			median: '',
			max: formatMo(r.tas.apres500),
			cible: '',
			atteinte: null
		},
		{ label: 'Tas JS : croissance', min: '', median: formatMo(r.tas.croissance, true), max: '', cible: `≤ ${formatMo(20e6)}`, atteinte: r.tas.croissance <= 20e6 }
	];
}

const verdict = (a: boolean | null) => (a === null ? '' : a ? 'atteinte' : 'manquée');

/** The French text table printed by `npm run bench`. */
export function renderReport(r: BenchResults): string {
	const rows = reportLines(r).map((l) => [l.label, l.min, l.median, l.max, l.cible, verdict(l.atteinte)]);
	return renderTable(['Mesure', 'min', 'médiane', 'max', 'cible', 'verdict'], rows);
}


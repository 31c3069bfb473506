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
	/** The Parquet extracts' share of `total`: the data the regional view downloaded. */
	extraits: Summary;
}

export type Filtre = 'date' | 'territoire' | 'bailleur';

/** Latencies (ms) from a filter change to every panel of /prioritaires updated. */
export interface ChangementsFiltre {
	n: number;
	p50: number | null;
	p95: number | null;
	max: number | null;
	/** p95 by filter changed. */
	parFiltre: Record<Filtre, { n: number; p95: number | null }>;
	/** Views (date, territoire, bailleur) never shown before in the session: computed by wasm. */
	nouvellesVues: Summary;
	/** Views shown before: answered from the query cache. */
	vuesEnCache: Summary;
	/** Of the new views' latencies, the view's load (its DuckDB-wasm queries); the rest is URL update and rendering. */
	chargementNouvellesVues: Summary;
}

export interface BenchResults {
	date: string;
	/** `regional`: data/extracts; `national`: the Hauts-de-France folder of the synthetic France. */
	echelle: 'regional' | 'national';
	/** National scale: the bytes of every region's extracts, what an unpartitioned layout would download. */
	nation: { regions: number; octets: number } | null;
	machine: { nproc: number; memoireGo: number; chromium: string; node: string };
	options: { runs: number; changes: number; warmup: number; compression: string };
	prerendu: ColdRuns;
	sansPrerendu: ColdRuns;
	/** Median figures-visible time without prerendering divided by with it. */
	gainPrerendu: number | null;
	changementFiltre: ChangementsFiltre;
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

const pct = (label: string, p95: number | null, cibleMs: number, max: string): Line => ({
	label,
	min: '',
	median: formatMs(p95),
	max,
	cible: `≤ ${formatMs(cibleMs)}`,
	atteinte: p95 === null ? null : p95 <= cibleMs
});

/** The report's lines, in reading order; targets from issue 9 (filter change: 50 ms regional, 150 ms national). */
export function reportLines(r: BenchResults): Line[] {
	const c = r.changementFiltre;
	const cibleFiltre = r.echelle === 'national' ? 150 : 50;
	return [
		ms(r.prerendu.fcp, 'Premier affichage (FCP)', null),
		ms(r.prerendu.figuresVisible, 'Chiffres régionaux visibles (prérendu)', 1000),
		ms(r.sansPrerendu.figuresVisible, 'Chiffres régionaux visibles (sans prérendu)', null),
		{ label: 'Gain du prérendu (ratio des médianes)', min: '', median: formatRatio(r.gainPrerendu), max: '', cible: '', atteinte: null },
		ms(r.prerendu.wasmFirstAnswer, 'Moteur wasm : première réponse', 3000),
		{ label: `Changement de filtre : p50 (${c.n} changements)`, min: '', median: formatMs(c.p50), max: '', cible: '', atteinte: null },
		pct('Changement de filtre : p95', c.p95, cibleFiltre, formatMs(c.max)),
		pct(`  date : p95 (${c.parFiltre.date.n})`, c.parFiltre.date.p95, cibleFiltre, ''),
		pct(`  territoire : p95 (${c.parFiltre.territoire.n})`, c.parFiltre.territoire.p95, cibleFiltre, ''),
		pct(`  bailleur : p95 (${c.parFiltre.bailleur.n})`, c.parFiltre.bailleur.p95, cibleFiltre, ''),
		ms(c.nouvellesVues, '  vues jamais affichées', null),
		ms(c.vuesEnCache, '  vues déjà affichées (cache)', null),
		ms(c.chargementNouvellesVues, '    dont requêtes (DuckDB-wasm)', null),
		ko(r.prerendu.firstViewSansWasm, 'Premier affichage : octets hors wasm', 600_000),
		ko(r.prerendu.total, 'Total transféré (wasm et extraits compris)', null),
		ko(r.prerendu.wasm, '  dont wasm DuckDB', null),
		ko(r.prerendu.extraits, '  dont extraits Parquet de la vue régionale', r.echelle === 'national' ? 2_000_000 : null),
		...(r.nation
			? [{ label: `  pour comparaison : extraits des ${r.nation.regions} régions`, min: '', median: formatKo(r.nation.octets), max: '', cible: '', atteinte: null }]
			: []),
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


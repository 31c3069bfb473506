/** The shape of `bench/results.json` and its French table, with the issues' targets (reported, never asserted). */
import { formatKo, formatMo, formatMs, formatRatio, renderTable } from './format';
import { ratio, type Summary } from './stats';

/** Cold runs (new context, empty cache) of the home page of one build variant; times in ms from navigation start, bytes on the wire. */
export interface ColdRuns {
	fcp: Summary;
	figuresVisible: Summary;
	wasmFirstAnswer: Summary;
	/** Bytes until the `load` event, DuckDB's wasm excluded. */
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

/** A shared link to a non-default view: ms until that view is on screen, cold and warm. */
export interface LienPartage {
	path: string;
	froid: Summary;
	chaud: Summary;
}

export interface BenchResults {
	date: string;
	/** `regional`: data/extracts; `national`: the Hauts-de-France folder of the synthetic France. */
	echelle: 'regional' | 'national';
	/** National scale: the bytes of every region's extracts, what an unpartitioned layout would download. */
	nation: { regions: number; octets: number } | null;
	machine: { nproc: number; memoireGo: number; chromium: string; node: string };
	options: { runs: number; changes: number; warmup: number; compression: string };
	/** FCP of the static floor: the home page's first table alone, no CSS, no JavaScript. */
	plancher: Summary;
	/** FCP of each measured page (cold), by path. */
	premierAffichage: Record<string, Summary>;
	prerendu: ColdRuns;
	sansPrerendu: ColdRuns;
	/** Median figures-visible time without prerendering divided by with it. */
	gainPrerendu: number | null;
	liens: LienPartage[];
	changementFiltre: ChangementsFiltre;
	/** JS heap used (bytes, after a forced GC) after 50 and 500 interactions. */
	tas: { apres50: number; apres500: number; croissance: number };
}

/** The targets of issue 15 (and those of issue 9 still in force). */
export const CIBLES = {
	/** First paint: at most this ratio to the static floor, and at most `fcpMs`. */
	fcpRatio: 1.5,
	fcpMs: 300,
	lienFroidMs: 2500,
	lienChaudMs: 1000,
	filtreP50Ms: 8,
	filtreP95Ms: { regional: 16, national: 50 },
	premiereVueOctets: 250_000,
	wasmMs: 3000,
	chiffresMs: 1000,
	extraitsNationalOctets: 2_000_000,
	tasOctets: 20e6
} as const;

interface Line {
	label: string;
	min: string;
	median: string;
	max: string;
	/** Median divided by the static floor's, for times. */
	plancher: string;
	cible: string;
	/** null when the line has no target. */
	atteinte: boolean | null;
}

const vide = { min: '', median: '', max: '', plancher: '', cible: '', atteinte: null };

function times(s: Summary, label: string, floor: number | null, cibleMs: number | null): Line {
	return {
		label,
		min: formatMs(s.min),
		median: formatMs(s.median),
		max: formatMs(s.max),
		plancher: floor === null ? '' : formatRatio(ratio(s.median, floor)),
		cible: cibleMs === null ? '' : `≤ ${formatMs(cibleMs)}`,
		atteinte: cibleMs === null || s.median === null ? null : s.median <= cibleMs
	};
}

/** A first paint: within `CIBLES.fcpRatio` of the floor and under `CIBLES.fcpMs`. */
function paint(s: Summary, label: string, floor: number | null): Line {
	const r = ratio(s.median, floor);
	return {
		...times(s, label, floor, null),
		cible: `≤ ${formatRatio(CIBLES.fcpRatio)} et ≤ ${formatMs(CIBLES.fcpMs)}`,
		atteinte: r === null || s.median === null ? null : r <= CIBLES.fcpRatio && s.median <= CIBLES.fcpMs
	};
}

function bytes(s: Summary, label: string, cibleOctets: number | null): Line {
	return {
		...vide,
		label,
		min: formatKo(s.min),
		median: formatKo(s.median),
		max: formatKo(s.max),
		cible: cibleOctets === null ? '' : `≤ ${formatKo(cibleOctets)}`,
		atteinte: cibleOctets === null || s.median === null ? null : s.median <= cibleOctets
	};
}

function percentileLine(label: string, value: number | null, cibleMs: number, max = ''): Line {
	return { ...vide, label, median: formatMs(value), max, cible: `≤ ${formatMs(cibleMs)}`, atteinte: value === null ? null : value <= cibleMs };
}

/** The report's lines, in reading order. */
export function reportLines(r: BenchResults): Line[] {
	const c = r.changementFiltre;
	const floor = r.plancher.median;
	const p95 = CIBLES.filtreP95Ms[r.echelle];
	return [
		times(r.plancher, 'Plancher statique : tableau seul, sans CSS ni JS (FCP)', floor, null),
		...Object.entries(r.premierAffichage).map(([path, s]) => paint(s, `Premier affichage (FCP) ${path}`, floor)),
		times(r.prerendu.figuresVisible, 'Chiffres régionaux visibles / (prérendu)', floor, CIBLES.chiffresMs),
		times(r.sansPrerendu.figuresVisible, 'Chiffres régionaux visibles / (sans prérendu)', floor, null),
		{ ...vide, label: 'Gain du prérendu (ratio des médianes)', median: formatRatio(r.gainPrerendu) },
		...r.liens.flatMap((l) => [
			times(l.froid, `Lien ${l.path} : vue demandée affichée, à froid`, floor, CIBLES.lienFroidMs),
			times(l.chaud, `Lien ${l.path} : vue demandée affichée, visite chaude`, floor, CIBLES.lienChaudMs)
		]),
		times(r.prerendu.wasmFirstAnswer, 'Moteur wasm : première réponse, à froid', floor, CIBLES.wasmMs),
		percentileLine(`Changement de filtre : p50 (${c.n} changements)`, c.p50, CIBLES.filtreP50Ms),
		percentileLine('Changement de filtre : p95', c.p95, p95, formatMs(c.max)),
		percentileLine(`  date : p95 (${c.parFiltre.date.n})`, c.parFiltre.date.p95, p95),
		percentileLine(`  territoire : p95 (${c.parFiltre.territoire.n})`, c.parFiltre.territoire.p95, p95),
		percentileLine(`  bailleur : p95 (${c.parFiltre.bailleur.n})`, c.parFiltre.bailleur.p95, p95),
		times(c.nouvellesVues, '  vues jamais affichées', null, null),
		times(c.vuesEnCache, '  vues déjà affichées (cache)', null, null),
		times(c.chargementNouvellesVues, '    dont requêtes (DuckDB-wasm)', null, null),
		bytes(r.prerendu.firstViewSansWasm, 'Premier affichage : octets hors wasm', CIBLES.premiereVueOctets),
		bytes(r.prerendu.total, 'Total transféré (wasm et extraits compris)', null),
		bytes(r.prerendu.wasm, '  dont wasm DuckDB', null),
		bytes(r.prerendu.extraits, '  dont extraits Parquet de la vue régionale', r.echelle === 'national' ? CIBLES.extraitsNationalOctets : null),
		...(r.nation ? [{ ...vide, label: `  pour comparaison : extraits des ${r.nation.regions} régions`, median: formatKo(r.nation.octets) }] : []),
		{ ...vide, label: 'Tas JS : après 50 / après 500 interactions', min: formatMo(r.tas.apres50), max: formatMo(r.tas.apres500) },
		{ ...vide, label: 'Tas JS : croissance', median: formatMo(r.tas.croissance, true), cible: `≤ ${formatMo(CIBLES.tasOctets)}`, atteinte: r.tas.croissance <= CIBLES.tasOctets }
	];
}

const verdict = (a: boolean | null) => (a === null ? '' : a ? 'atteinte' : 'manquée');

/** The French text table printed by `npm run bench`. */
export function renderReport(r: BenchResults): string {
	const rows = reportLines(r).map((l) => [l.label, l.min, l.median, l.max, l.plancher, l.cible, verdict(l.atteinte)]);
	return renderTable(['Mesure', 'min', 'médiane', 'max', '× plancher', 'cible', 'verdict'], rows);
}

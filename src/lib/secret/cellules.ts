/**
 * The cells of a view's data: every household count of every row object, with a key, and the
 * sums the site shows between them (region = Σ departments, department = Σ its EPCI, and the
 * same for bailleurs: department = Σ bailleurs there, region = Σ bailleurs, bailleur = Σ its
 * departments). Rows are recognised by their fields, as the query modules name them.
 */
import type { SumGroup } from './suppression';

/** Fields holding a count of households (or of attributions, one per household). */
export const CHAMPS_COMPTES: ReadonlySet<string> = new Set([
	'realise', 'attributions', 'stock', 'stock_debut_annee', 'prioritaires', 'sortants_hebergement', 'sans_abri',
	'hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4', 'menages_accompagnes', 'menages_acces',
	'menages_maintien', 'accompagnes_connus', 'stock_prioritaires'
]);

/** Fields holding a rate or share computed from the counts of the same row. */
export const CHAMPS_TAUX: ReadonlySet<string> = new Set(['share', 'taux', 'tauxADate', 'tauxAnnuel', 'part', 'evolution', 'valeur']);

export type Row = Record<string, unknown>;

/** Cell keys of row objects: one stable number per object. */
export class Cellules {
	readonly values = new Map<string, number | null>();
	readonly places = new Map<string, { row: Row; field: string }>();
	readonly groups: SumGroup[] = [];
	/** Entity and value → keys: the same territory's or bailleur's figure shown in several rows. */
	readonly #memes = new Map<string, string[]>();
	#ids = new WeakMap<object, number>();
	#next = 0;

	key(row: Row, field: string): string {
		let id = this.#ids.get(row);
		if (id == null) this.#ids.set(row, (id = ++this.#next));
		return `${id}:${field}`;
	}

	/** Registers every count field of `row`. */
	add(row: Row): void {
		for (const [field, value] of Object.entries(row)) {
			if (!CHAMPS_COMPTES.has(field) || (typeof value !== 'number' && value !== null)) continue;
			const key = this.key(row, field);
			this.values.set(key, value);
			this.places.set(key, { row, field });
			const entity = entite(row);
			if (entity && typeof value === 'number' && value > 0) {
				const same = `${entity}=${value}`;
				this.#memes.set(same, [...(this.#memes.get(same) ?? []), key]);
			}
		}
	}

	/** Classes of cells of one entity holding the same positive value (see `suppress`'s `liens`). */
	liens(): string[][] {
		return [...this.#memes.values()].filter((keys) => keys.length > 1);
	}

	/** Keys of the cells whose `entity=value` is in `registre`. */
	cles(registre: ReadonlySet<string>): string[] {
		return [...registre].flatMap((same) => this.#memes.get(same) ?? []);
	}

	/** `entity=value` of each masked key that has an entity. */
	identites(masked: Iterable<string>): Set<string> {
		const byKey = new Map([...this.#memes].flatMap(([same, keys]) => keys.map((k) => [k, same] as const)));
		return new Set([...masked].flatMap((k) => byKey.get(k) ?? []));
	}

	/** `total.field` = Σ `parts.field` for every count field the rows share. */
	sum(total: Row | undefined, parts: readonly Row[]): void {
		if (!total || parts.length === 0) return;
		for (const field of Object.keys(total)) {
			if (!CHAMPS_COMPTES.has(field) || !parts.every((p) => field in p)) continue;
			this.groups.push({ total: this.key(total, field), parts: parts.map((p) => this.key(p, field)) });
		}
	}
}

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const rowsOf = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isRow) : []);
const niveau = (row: Row) => (typeof row.niveau === 'string' ? row.niveau : null);
const isBailleurRow = (row: Row) => typeof row.siren === 'string' && 'realise' in row && niveau(row) == null;

/** Whom a row describes: a territory (code or SIREN of an EPCI), a bailleur, a bailleur in a department. */
function entite(row: Row): string | null {
	const id = typeof row.code === 'string' ? row.code : typeof row.siren === 'string' ? row.siren : null;
	if (id == null) return null;
	return isBailleurRow(row) && typeof row.code_departement === 'string' ? `${id}|${row.code_departement}` : id;
}

/**
 * The sums among the arrays held by one object: a region/departments table (`rows` or
 * `departements` when there are several), its EPCI table, its bailleurs by department and overall.
 */
export function sommesVoisines(node: Row, cellules: Cellules): void {
	const arrays = Object.entries(node).filter(([, v]) => Array.isArray(v)).map(([name, v]) => ({ name, rows: rowsOf(v) }));
	const tops = arrays.filter((a) => a.rows.some((r) => niveau(r) === 'region' || niveau(r) === 'departement'));
	const top = tops.length === 1 ? tops[0] : tops.find((a) => a.name === 'rows' || a.name === 'departements');
	const region = top?.rows.find((r) => niveau(r) === 'region');
	const departements = top?.rows.filter((r) => niveau(r) === 'departement') ?? [];
	cellules.sum(region, departements);
	const epci = arrays.flatMap((a) => a.rows.filter((r) => niveau(r) === 'epci'));
	const parDepartement = arrays.flatMap((a) => a.rows.filter((r) => isBailleurRow(r) && typeof r.code_departement === 'string'));
	const bailleurs = arrays.flatMap((a) => a.rows.filter((r) => isBailleurRow(r) && !('code_departement' in r)));
	for (const departement of departements) {
		cellules.sum(departement, epci.filter((e) => e.code_departement === departement.code));
		cellules.sum(departement, parDepartement.filter((b) => b.code_departement === departement.code));
	}
	cellules.sum(region, bailleurs);
	for (const bailleur of bailleurs) cellules.sum(bailleur, parDepartement.filter((b) => b.siren === bailleur.siren));
}

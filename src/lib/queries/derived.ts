/**
 * The SELECT of each table derived from the extracts (src/lib/contract/extracts.ts,
 * DERIVED_COLUMNS), in the order they must be created: each may read those before it.
 */
import { DERIVED_NAMES, type DerivedName } from '../contract/extracts';
import { cumulsSelect } from './cumuls';
import { realisationsBailleursSelect, realisationsSelect } from './realisations';

const SELECTS: Record<DerivedName, () => string> = {
	cumuls: cumulsSelect,
	realisations: realisationsSelect,
	realisations_bailleurs: realisationsBailleursSelect
};

/** `CREATE TABLE <name> AS <select>` for every derived table, in creation order. */
export function derivedTableStatements(): string[] {
	return DERIVED_NAMES.map((name) => `CREATE TABLE ${name} AS ${SELECTS[name]()}`);
}

/**
 * French wording of the contract's column types, shared by the templates' « aide »
 * sheet and docs/contrat-de-donnees.md.
 */
import type { ColumnSpec, ColumnType } from '../../src/lib/contract/inputs.ts';

const TYPE_LABELS: Record<ColumnType, string> = {
	text: 'texte libre',
	code: 'code, gardé comme texte (zéros initiaux conservés)',
	count: 'effectif : nombre entier positif ou nul (« 1 343 » accepté)',
	euros: 'montant en euros, positif ou nul, au plus deux décimales (« 310 000 » et « 164 268,60 » acceptés)',
	month: 'mois AAAA-MM',
	date: 'date AAAA-MM-JJ ou JJ/MM/AAAA',
	year: 'année AAAA',
	enum: 'une valeur de la liste',
	bool: 'oui ou non'
};

/** The column's type in French; for a list, its values. */
export function typeLabel(column: ColumnSpec): string {
	if (column.type === 'enum') return `une valeur parmi : ${(column.values ?? []).join(', ')}`;
	return TYPE_LABELS[column.type];
}

/** `oui` for a required column, `non` (may stay empty) otherwise. */
export function requiredLabel(column: ColumnSpec): string {
	return column.required ? 'oui' : 'non (peut rester vide)';
}

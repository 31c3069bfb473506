/**
 * Table columns of the reform page: a share beside the counts it is made of, greyed with a
 * written warning when built on fewer attributions than SEUIL_PETIT_EFFECTIF, and the change
 * on the previous year in percentage points.
 */
import type { Column } from '$lib/components/tables/columns';
import { formatCount, formatDecimal, formatPercent, MISSING, NARROW_NBSP } from '$lib/format';
import { part } from '$lib/indicators/rates';
import { petitEffectif, SEUIL_PETIT_EFFECTIF } from '$lib/views/reforme-indicateurs';
import type { QuartilesCounts } from '$lib/queries/reforme-quartiles';

/** A territory or a bailleur with its counts of the year and of the previous year (null when absent). */
export type QuartilesLigne = QuartilesCounts & {
	code: string;
	nom: string;
	precedent: QuartilesCounts | null;
	/** Own outside-QPV target in % (EPCI with a CIA rate); null or absent: 25 %. */
	taux_cible_hors_qpv_q1?: number | null;
	/** 'region' rows stay on top of the tables. */
	niveau?: string;
};

/** Written beside a share built on too few attributions (the colour alone says nothing to everyone). */
export const PETIT_EFFECTIF_MENTION = 'effectif faible';

/** Note under a table holding shares. */
export const PETIT_EFFECTIF_NOTE = `« ${PETIT_EFFECTIF_MENTION} » : part calculée sur moins de ${SEUIL_PETIT_EFFECTIF} attributions, à lire avec prudence.`;

/** A share with its small-denominator warning: `12 % (effectif faible)`. */
export function formatShare(partie: number, total: number): string {
	const text = formatPercent(part(partie, total));
	return total > 0 && petitEffectif(total) ? `${text} (${PETIT_EFFECTIF_MENTION})` : text;
}

/** Change of a share in percentage points, signed, one decimal: `+3,8 pts`; {@link MISSING} when either is missing. */
export function formatPoints(actuel: number | null, precedent: number | null): string {
	if (actuel == null || precedent == null) return MISSING;
	const delta = (actuel - precedent) * 100;
	const text = formatDecimal(delta, 1);
	return `${delta > 0 && text !== '0,0' ? '+' : ''}${text}${NARROW_NBSP}pt${Math.abs(delta) >= 2 ? 's' : ''}`;
}

interface ShareSpec<Row> {
	key: string;
	label: string;
	unit?: string;
	/** The counts of the share; null when the row has none (no previous year). */
	counts: (row: Row) => { partie: number; total: number } | null;
}

/** Two columns: the share (greyed and marked on a small denominator) and « partie / total ». */
export function shareColumns<Row>({ key, label, unit, counts }: ShareSpec<Row>): Column<Row>[] {
	const ratio = (row: Row) => {
		const c = counts(row);
		return c ? part(c.partie, c.total) : null;
	};
	return [
		{
			key,
			label,
			unit,
			numeric: true,
			value: ratio,
			text: (row) => {
				const c = counts(row);
				return c ? formatShare(c.partie, c.total) : MISSING;
			},
			muted: (row) => {
				const c = counts(row);
				return c == null || petitEffectif(c.total);
			}
		},
		{
			key: `${key}-effectifs`,
			label: 'Effectifs',
			unit: 'attributions',
			numeric: true,
			value: (row) => counts(row)?.total ?? null,
			text: (row) => {
				const c = counts(row);
				return c ? `${formatCount(c.partie)} / ${formatCount(c.total)}` : MISSING;
			}
		}
	];
}

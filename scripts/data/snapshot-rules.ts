/**
 * What a commission knew: each extract cut back to its state at the `au` date.
 * One SELECT per extract over its published Parquet file, `$1` = `au` (DATE), columns
 * in extract order. The rules are written out for users in scripts/data/README.md.
 */
import { EXTRACT_COLUMNS, type ExtractName } from '../../src/lib/contract/extracts.ts';
import { orderOf } from './write-parquet.ts';

interface SnapshotRule {
	/** Rows kept (SQL condition on the extract's columns), or none: every row. */
	where?: string;
	/** Columns whose value is replaced (SQL expression), e.g. a date not reached yet → NULL. */
	columns?: Record<string, string>;
}

const KNOWN_YEAR = 'annee <= year($1::DATE)';
/** A date after `au` had not happened yet. */
const reached = (column: string) => `CASE WHEN "${column}" <= $1::DATE THEN "${column}" END`;

export const SNAPSHOT_RULES: Record<ExtractName, SnapshotRule> = {
	territoires: {},
	bailleurs: {},
	attributions: { where: 'mois <= $1::DATE' },
	objectifs: { where: KNOWN_YEAR },
	stocks: { where: 'date <= $1::DATE' },
	fnavdl_enveloppes: { where: KNOWN_YEAR },
	fnavdl_projets: {
		where: KNOWN_YEAR,
		columns: {
			menages_accompagnes: 'CASE WHEN date_menages_accompagnes IS NULL OR date_menages_accompagnes <= $1::DATE THEN menages_accompagnes END',
			date_menages_accompagnes: reached('date_menages_accompagnes')
		}
	},
	reforme: {
		columns: {
			date_premiere_cil: reached('date_premiere_cil'),
			date_orientations: reached('date_orientations'),
			date_cia: reached('date_cia'),
			date_ppgdid: reached('date_ppgdid'),
			// The target rate is set by the CIA: unknown before it is signed.
			taux_cible_hors_qpv_q1: 'CASE WHEN date_cia IS NULL OR date_cia <= $1::DATE THEN taux_cible_hors_qpv_q1 END'
		}
	}
};

/** The SELECT giving the snapshot rows of `extract` from `parquetFile` (sorted as the extract). */
export function snapshotSelect(extract: ExtractName, parquetFile: string): string {
	const rule = SNAPSHOT_RULES[extract];
	const columns = Object.keys(EXTRACT_COLUMNS[extract]).map((name) => {
		const replaced = rule.columns?.[name];
		return replaced ? `${replaced} AS "${name}"` : `"${name}"`;
	});
	const source = `read_parquet('${parquetFile.replaceAll("'", "''")}')`;
	const where = rule.where ? ` WHERE ${rule.where}` : '';
	const order = orderOf(extract).map((term) => `${term} NULLS FIRST`).join(', ');
	return `SELECT ${columns.join(', ')} FROM ${source}${where} ORDER BY ${order}`;
}

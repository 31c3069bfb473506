/**
 * Facts gathered across tables while they are read, and the warnings they lead to
 * once every table is in: a bailleur with attributions but no objective of its own.
 */
import type { InputTableName } from '../../src/lib/contract/inputs.ts';
import type { Issues } from './messages.ts';
import type { TypedRow } from './parse-line.ts';

export class CrossFacts {
	/** SIREN of every valid bailleur line (the reference for the other tables). */
	readonly bailleurs = new Set<string>();
	private readonly bailleurNames = new Map<string, string>();
	private readonly withAttributions = new Set<string>();
	private readonly withObjectif = new Set<string>();
	/** Name of the objectifs file, for the warnings. */
	objectifsFile = 'objectifs.csv';

	/** Records what a valid row of `table` tells about bailleurs. */
	collect(table: InputTableName, row: TypedRow): void {
		if (table === 'bailleurs') {
			this.bailleurs.add(row.siren as string);
			this.bailleurNames.set(row.siren as string, row.nom_court as string);
		} else if (table === 'attributions') this.withAttributions.add(row.siren_bailleur as string);
		else if (table === 'objectifs' && typeof row.siren_bailleur === 'string') this.withObjectif.add(row.siren_bailleur);
	}

	/** One warning per bailleur with attributions and no objective line of its own. */
	warnBailleursWithoutObjectif(issues: Issues): void {
		for (const siren of [...this.withAttributions].sort()) {
			if (this.withObjectif.has(siren)) continue;
			issues.warning(
				{ file: this.objectifsFile },
				`le bailleur « ${siren} » (${this.bailleurNames.get(siren) ?? '?'}) a des attributions mais aucun objectif propre ; ses taux d’atteinte resteront vides.`
			);
		}
	}
}

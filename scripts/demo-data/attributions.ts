/** The attributions table: monthly counts by (commune, landlord), built from the grid. */
import { MONTHS } from './calendar.ts';
import { emptyGrid, MEASURES, type Grid, type Measure } from './grid.ts';
import { fillPrioritaires, fillSortantsEtSansAbri } from './publics.ts';
import { fillQuartiles } from './quartiles.ts';
import type { Random } from './random.ts';
import type { Territory } from './territory.ts';
import { fillVolumes } from './volumes.ts';

/** One line of attributions.csv, with the territory it belongs to (for the checks). */
export type AttributionRow = {
	mois: string;
	code_commune: string;
	siren_bailleur: string;
	/** Not written: department and EPCI of the commune. */
	code_departement: string;
	siren_epci: string;
} & Record<Measure, number>;

export function buildGrid(territory: Territory, random: Random): Grid {
	const grid = emptyGrid(territory.cells.length);
	fillVolumes(grid, territory.cells, random.fork('volumes'));
	fillPrioritaires(grid, territory, random.fork('prioritaires'));
	fillSortantsEtSansAbri(grid, territory, random.fork('sortants'));
	fillQuartiles(grid, territory, random.fork('quartiles'));
	return grid;
}

/** Rows with at least one attribution, sorted by month, commune, landlord. */
export function attributionRows(grid: Grid, territory: Territory): AttributionRow[] {
	const rows: AttributionRow[] = [];
	MONTHS.forEach((mois, month) => {
		for (const cell of territory.cells) {
			if (grid.attributions[month][cell.index] === 0) continue;
			const row = {
				mois,
				code_commune: cell.codeCommune,
				siren_bailleur: cell.bailleur.siren,
				code_departement: cell.codeDepartement,
				siren_epci: cell.epci.siren
			} as AttributionRow;
			for (const m of MEASURES) row[m] = grid[m][month][cell.index];
			rows.push(row);
		}
	});
	return rows.sort((a, b) => a.mois.localeCompare(b.mois) || a.code_commune.localeCompare(b.code_commune) || a.siren_bailleur.localeCompare(b.siren_bailleur));
}

/**
 * The extracts: Parquet files in `data/extracts/` (one per table) plus `manifest.json`.
 * Written by `npm run data` (scripts/data), read by the query layer (src/lib/queries)
 * on both engines: native DuckDB at build time, DuckDB-wasm in the browser.
 *
 * Extracts are pre-aggregated for the browser: attributions are summed from commune
 * level to (mois, département, EPCI, bailleur); the commune detail stays in the inputs.
 * Codes are VARCHAR everywhere; counts INTEGER; FNAVDL euros DOUBLE (amounts with cents);
 * dates DATE.
 */
export const EXTRACT_SCHEMA_VERSION = 1;

export const EXTRACT_COLUMNS = {
	/** Territories of the region from the COG: the region, its departments, its EPCI. */
	territoires: {
		niveau: 'VARCHAR', // 'region' | 'departement' | 'epci'
		code: 'VARCHAR', // '32', '59', EPCI SIREN
		nom: 'VARCHAR',
		code_departement: 'VARCHAR', // department holding most of the EPCI's population; NULL for the region
		population: 'INTEGER'
	},
	bailleurs: { siren: 'VARCHAR', nom: 'VARCHAR', nom_court: 'VARCHAR', type: 'VARCHAR' },
	attributions: {
		mois: 'DATE', // first day of the month
		code_departement: 'VARCHAR', // of the commune
		siren_epci: 'VARCHAR', // of the commune
		siren_bailleur: 'VARCHAR',
		attributions: 'INTEGER',
		prioritaires: 'INTEGER',
		sortants_hebergement: 'INTEGER',
		sans_abri: 'INTEGER',
		hors_qpv: 'INTEGER',
		hors_qpv_q1: 'INTEGER',
		qpv: 'INTEGER',
		qpv_q2_q4: 'INTEGER',
		qpv_q4: 'INTEGER'
	},
	objectifs: {
		annee: 'INTEGER',
		indicateur: 'VARCHAR',
		niveau: 'VARCHAR',
		code_territoire: 'VARCHAR',
		siren_bailleur: 'VARCHAR', // NULL: the territory's objective
		valeur: 'INTEGER', // NULL when statut <> 'fixe'
		statut: 'VARCHAR'
	},
	stocks: { date: 'DATE', niveau: 'VARCHAR', code_territoire: 'VARCHAR', public: 'VARCHAR', menages: 'INTEGER' },
	fnavdl_enveloppes: {
		annee: 'INTEGER',
		code_departement: 'VARCHAR',
		enveloppe_eur: 'DOUBLE',
		dont_bailleurs_associations_eur: 'DOUBLE',
		dont_associations_eur: 'DOUBLE'
	},
	fnavdl_projets: {
		id: 'VARCHAR',
		annee: 'INTEGER',
		nom: 'VARCHAR',
		porteur: 'VARCHAR',
		type_porteur: 'VARCHAR',
		siren_bailleur: 'VARCHAR',
		code_departement: 'VARCHAR',
		siren_epci: 'VARCHAR',
		public: 'VARCHAR',
		financement_eur: 'DOUBLE',
		menages_acces: 'INTEGER',
		menages_maintien: 'INTEGER',
		menages_accompagnes: 'INTEGER',
		date_menages_accompagnes: 'DATE',
		statut: 'VARCHAR'
	},
	reforme: {
		siren_epci: 'VARCHAR',
		perimetre: 'BOOLEAN',
		date_premiere_cil: 'DATE',
		date_orientations: 'DATE',
		date_cia: 'DATE',
		date_ppgdid: 'DATE',
		cotation_active: 'BOOLEAN',
		taux_cible_hors_qpv_q1: 'INTEGER'
	}
} as const;

export type ExtractName = keyof typeof EXTRACT_COLUMNS;
export const EXTRACT_NAMES = Object.keys(EXTRACT_COLUMNS) as ExtractName[];

/** The counts of an attributions row, summed in every aggregate. */
const COMPTES = {
	attributions: 'INTEGER',
	prioritaires: 'INTEGER',
	sortants_hebergement: 'INTEGER',
	sans_abri: 'INTEGER',
	hors_qpv: 'INTEGER',
	hors_qpv_q1: 'INTEGER',
	qpv: 'INTEGER',
	qpv_q2_q4: 'INTEGER',
	qpv_q4: 'INTEGER'
} as const;

/**
 * Tables derived from the extracts when the site is built (SQL: src/lib/queries/cumuls.ts), so
 * that a view's queries read a few rows instead of aggregating the attributions again: the
 * build engine derives them when it opens the extracts, the browser downloads them ready
 * (`/extraits/<name>.parquet`). Never inputs, never in the manifest: always consistent with
 * the extracts they come from (snapshots, bailleur-scoped builds included).
 */
export const DERIVED_COLUMNS = {
	/**
	 * Attributions cumulated from 1 January to each month end of the data, by territory level
	 * and bailleur, with the month's own counts (trajectories).
	 */
	cumuls: {
		d: 'DATE', // month end
		niveau: 'VARCHAR', // 'region' | 'departement' | 'epci'
		code: 'VARCHAR', // region code, department code (of the communes), EPCI SIREN
		siren_bailleur: 'VARCHAR', // '' : every bailleur
		perimetre_reforme: 'BOOLEAN', // true: only the EPCI of the reform perimeter (region and department rows)
		...COMPTES, // 1 January → d
		mois_prioritaires: 'INTEGER', // the month of d alone
		mois_sortants_hebergement: 'INTEGER',
		mois_sans_abri: 'INTEGER',
		lignes_mois: 'INTEGER' // attributions rows of the month (0: no data for the month)
	},
	/**
	 * Objective vs achieved for each public at each month end, by department and EPCI (rows only
	 * where an attribution, an objective or a stock exists) and for the region, for every bailleur
	 * and for all of them (''): the commission's tables, objectives and stocks aligned.
	 */
	realisations: {
		d: 'DATE',
		indicateur: 'VARCHAR',
		niveau: 'VARCHAR', // 'region' | 'departement' | 'epci'
		code: 'VARCHAR',
		siren_bailleur: 'VARCHAR', // '' : every bailleur
		objectif: 'INTEGER', // NULL: not fixed (the region: unless every department's is)
		statut_objectif: 'VARCHAR', // NULL: no objective row
		realise: 'INTEGER', // attributions to the public, 1 January → d
		attributions: 'INTEGER', // all attributions, same months
		stock: 'INTEGER', // households of the public waiting at d (territorial: NULL for a bailleur)
		stock_debut_annee: 'INTEGER' // … on 1 January
	},
	/** Each bailleur's objective vs achieved for each public at each month end: over the region (code_departement '') and by department. */
	realisations_bailleurs: {
		d: 'DATE',
		indicateur: 'VARCHAR',
		siren: 'VARCHAR',
		code_departement: 'VARCHAR', // '' : the whole region
		objectif: 'INTEGER', // the region: the sum of the bailleur's objectives, NULL when any is not fixed
		statut_objectif: 'VARCHAR', // by department; NULL for the region
		realise: 'INTEGER',
		attributions: 'INTEGER'
	}
} as const;

export type DerivedName = keyof typeof DERIVED_COLUMNS;
export const DERIVED_NAMES = Object.keys(DERIVED_COLUMNS) as DerivedName[];

/** Every table the query layer reads: the extracts and the tables derived from them. */
export type TableName = ExtractName | DerivedName;
export const TABLE_COLUMNS: Record<TableName, Record<string, string>> = { ...EXTRACT_COLUMNS, ...DERIVED_COLUMNS };

/** `data/extracts/manifest.json`. */
export interface Manifest {
	schemaVersion: number;
	generatedAt: string; // ISO timestamp
	/** Latest month end with attributions, `YYYY-MM-DD`: the default `date` of every page. */
	latestDate: string;
	demonstration: boolean;
	cog: { package: string; version: string };
	extracts: Record<ExtractName, ManifestEntry>;
}

export interface ManifestEntry {
	file: string; // e.g. 'attributions.parquet'
	rows: number;
	/** As-of date of the data, `YYYY-MM-DD` (last month end, last stock date, …). */
	asOf: string | null;
	source: string; // French: who produced the input, e.g. 'SNE / bailleurs, export mensuel'
	schemaVersion: number;
	sha256: string;
	bytes: number;
}

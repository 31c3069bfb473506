/**
 * The input contract: the tables a DREAL officer drops in `data/raw/<lot>/`.
 * Single source of truth for the ingestion (scripts/data), the demonstration
 * generator (scripts/demo-data), the empty templates (data/templates) and the
 * contract documentation (docs/contrat-de-donnees.md).
 *
 * Column names are French snake_case, as in the files. Types:
 * - `text`: free text; `code`: an identifier kept as text (`02`, `2A`, SIREN) — never a number;
 * - `count`: whole number ≥ 0 (French `1 343` accepted); `euros`: whole euros ≥ 0;
 * - `month`: `YYYY-MM` ; `date`: `YYYY-MM-DD` (or `JJ/MM/AAAA`) ; `year`: `YYYY`;
 * - `enum`: one of `values` ; `bool`: `oui` / `non`.
 */
export type ColumnType = 'text' | 'code' | 'count' | 'euros' | 'month' | 'date' | 'year' | 'enum' | 'bool';

export interface ColumnSpec {
	name: string;
	type: ColumnType;
	/** false: the cell may be empty (stored as NULL). */
	required: boolean;
	/** Allowed values, for `enum`. */
	values?: readonly string[];
	/** French description, shown in the contract and the templates. */
	label: string;
}

/** `part` must be ≤ `whole` on every line (a sub-count never exceeds its total). */
export interface SubCountRule {
	part: string;
	whole: string;
}

export interface InputTableSpec {
	/** File stem: `attributions.csv`, `attributions.xlsx`, or an XLSX sheet of that name. */
	name: InputTableName;
	label: string;
	columns: readonly ColumnSpec[];
	/** Columns whose combination must be unique. */
	key: readonly string[];
	subCounts?: readonly SubCountRule[];
}

export type InputTableName =
	| 'bailleurs'
	| 'attributions'
	| 'objectifs'
	| 'stocks'
	| 'fnavdl_enveloppes'
	| 'fnavdl_projets'
	| 'reforme';

export const BAILLEUR_TYPES = ['OPH', 'ESH', 'SEM', 'COOP'] as const;
/** The three publics with objectives. */
export const INDICATEURS = ['prioritaires', 'sortants_hebergement', 'sans_abri'] as const;
export type Indicateur = (typeof INDICATEURS)[number];
export const NIVEAUX = ['region', 'departement', 'epci'] as const;
export type Niveau = (typeof NIVEAUX)[number];
/** Status of an objective: only `fixe` carries a value; any other status means "no value yet". */
export const STATUTS_OBJECTIF = ['fixe', 'en cours de finalisation', 'non fixe'] as const;
/** Households waiting: priority (DALO / PDALHPD), sheltered (hébergés), homeless (sans-abri). */
export const PUBLICS_STOCK = ['prioritaires', 'heberges', 'sans_abri'] as const;
export const TYPES_PORTEUR = ['association', 'bailleur', 'partenariat'] as const;
export const STATUTS_PROJET = ['depose', 'retenu'] as const;

const count = (name: string, label: string, required = true): ColumnSpec => ({ name, type: 'count', required, label });

export const INPUT_TABLES: readonly InputTableSpec[] = [
	{
		name: 'bailleurs',
		label: 'Bailleurs sociaux',
		key: ['siren'],
		columns: [
			{ name: 'siren', type: 'code', required: true, label: 'SIREN (9 chiffres)' },
			{ name: 'nom', type: 'text', required: true, label: 'Raison sociale' },
			{ name: 'nom_court', type: 'text', required: true, label: 'Nom court affiché' },
			{ name: 'type', type: 'enum', required: true, values: BAILLEUR_TYPES, label: 'Famille : OPH, ESH, SEM ou COOP' }
		]
	},
	{
		name: 'attributions',
		label: 'Attributions mensuelles par commune et bailleur',
		key: ['mois', 'code_commune', 'siren_bailleur'],
		columns: [
			{ name: 'mois', type: 'month', required: true, label: 'Mois des attributions (AAAA-MM)' },
			{ name: 'code_commune', type: 'code', required: true, label: 'Code INSEE de la commune (COG) ; EPCI et département en sont déduits' },
			{ name: 'siren_bailleur', type: 'code', required: true, label: 'SIREN du bailleur (table bailleurs)' },
			count('attributions', 'Toutes les attributions'),
			count('prioritaires', 'Attributions aux ménages prioritaires (DALO / PDALHPD)'),
			count('sortants_hebergement', "Attributions aux ménages sortants d'hébergement"),
			count('sans_abri', 'Attributions aux ménages sans-abri'),
			count('hors_qpv', 'Attributions hors QPV'),
			count('hors_qpv_q1', 'Attributions hors QPV aux ménages du 1er quartile (y compris relogements NPNRU)'),
			count('qpv', 'Attributions en QPV'),
			count('qpv_q2_q4', 'Attributions en QPV aux ménages des quartiles 2 à 4'),
			count('qpv_q4', 'Attributions en QPV aux ménages du 4e quartile')
		],
		subCounts: [
			{ part: 'prioritaires', whole: 'attributions' },
			{ part: 'sortants_hebergement', whole: 'attributions' },
			{ part: 'sans_abri', whole: 'attributions' },
			{ part: 'hors_qpv', whole: 'attributions' },
			{ part: 'qpv', whole: 'attributions' },
			{ part: 'hors_qpv_q1', whole: 'hors_qpv' },
			{ part: 'qpv_q2_q4', whole: 'qpv' },
			{ part: 'qpv_q4', whole: 'qpv_q2_q4' }
		]
	},
	{
		name: 'objectifs',
		label: "Objectifs annuels d'attribution",
		key: ['annee', 'indicateur', 'niveau', 'code_territoire', 'siren_bailleur'],
		columns: [
			{ name: 'annee', type: 'year', required: true, label: 'Année' },
			{ name: 'indicateur', type: 'enum', required: true, values: INDICATEURS, label: 'prioritaires, sortants_hebergement ou sans_abri' },
			{ name: 'niveau', type: 'enum', required: true, values: NIVEAUX, label: 'region, departement ou epci' },
			{ name: 'code_territoire', type: 'code', required: true, label: 'Code région (32), département ou SIREN de l’EPCI' },
			{ name: 'siren_bailleur', type: 'code', required: false, label: 'SIREN du bailleur si l’objectif lui est propre ; vide sinon' },
			{ name: 'valeur', type: 'count', required: false, label: 'Objectif annuel (nombre de ménages) ; vide si non fixé' },
			{ name: 'statut', type: 'enum', required: true, values: STATUTS_OBJECTIF, label: '« fixe » (avec valeur) ou « en cours de finalisation » (sans valeur)' }
		]
	},
	{
		name: 'stocks',
		label: 'Ménages en attente (stocks) par territoire',
		key: ['date', 'niveau', 'code_territoire', 'public'],
		columns: [
			{ name: 'date', type: 'date', required: true, label: 'Date d’observation (AAAA-MM-JJ)' },
			{ name: 'niveau', type: 'enum', required: true, values: ['departement', 'epci'], label: 'departement ou epci (la région est la somme des départements)' },
			{ name: 'code_territoire', type: 'code', required: true, label: 'Code département ou SIREN de l’EPCI' },
			{ name: 'public', type: 'enum', required: true, values: PUBLICS_STOCK, label: 'prioritaires, heberges ou sans_abri' },
			count('menages', 'Nombre de ménages en attente')
		]
	},
	{
		name: 'fnavdl_enveloppes',
		label: 'Enveloppes FNAVDL par département',
		key: ['annee', 'code_departement'],
		columns: [
			{ name: 'annee', type: 'year', required: true, label: 'Année' },
			{ name: 'code_departement', type: 'code', required: true, label: 'Code département' },
			{ name: 'enveloppe_eur', type: 'euros', required: true, label: 'Enveloppe départementale notifiée (€)' },
			{ name: 'dont_bailleurs_associations_eur', type: 'euros', required: true, label: 'dont projets bailleurs–associations (€)' },
			{ name: 'dont_associations_eur', type: 'euros', required: true, label: 'dont projets associatifs (€)' }
		],
		subCounts: [
			{ part: 'dont_bailleurs_associations_eur', whole: 'enveloppe_eur' },
			{ part: 'dont_associations_eur', whole: 'enveloppe_eur' }
		]
	},
	{
		name: 'fnavdl_projets',
		label: 'Projets FNAVDL (appels à projets)',
		key: ['id'],
		columns: [
			{ name: 'id', type: 'code', required: true, label: 'Identifiant du projet' },
			{ name: 'annee', type: 'year', required: true, label: "Année de l'appel à projets" },
			{ name: 'nom', type: 'text', required: true, label: 'Nom du projet' },
			{ name: 'porteur', type: 'text', required: true, label: 'Structure porteuse' },
			{ name: 'type_porteur', type: 'enum', required: true, values: TYPES_PORTEUR, label: 'association, bailleur ou partenariat' },
			{ name: 'siren_bailleur', type: 'code', required: false, label: 'SIREN du bailleur engagé, le cas échéant' },
			{ name: 'code_departement', type: 'code', required: true, label: 'Département' },
			{ name: 'siren_epci', type: 'code', required: false, label: 'EPCI (SIREN) si le projet est localisé' },
			{ name: 'public', type: 'text', required: false, label: 'Public visé' },
			{ name: 'financement_eur', type: 'euros', required: false, label: 'Financement FNAVDL (€)' },
			count('menages_acces', 'Ménages à accompagner : accès au logement', false),
			count('menages_maintien', 'Ménages à accompagner : maintien dans le logement', false),
			count('menages_accompagnes', 'Ménages accompagnés à la date ci-après', false),
			{ name: 'date_menages_accompagnes', type: 'date', required: false, label: 'Date du décompte des ménages accompagnés' },
			{ name: 'statut', type: 'enum', required: true, values: STATUTS_PROJET, label: "depose ou retenu (appel à projets)" }
		]
	},
	{
		name: 'reforme',
		label: 'Avancement de la réforme des attributions par EPCI',
		key: ['siren_epci'],
		columns: [
			{ name: 'siren_epci', type: 'code', required: true, label: 'SIREN de l’EPCI' },
			{ name: 'perimetre', type: 'bool', required: true, label: 'EPCI tenu de mettre en œuvre la réforme (oui / non)' },
			{ name: 'date_premiere_cil', type: 'date', required: false, label: 'Date de la 1re conférence intercommunale du logement' },
			{ name: 'date_orientations', type: 'date', required: false, label: 'Date d’adoption des orientations cadre' },
			{ name: 'date_cia', type: 'date', required: false, label: 'Date de signature de la CIA' },
			{ name: 'date_ppgdid', type: 'date', required: false, label: 'Date d’adoption du PPGDID' },
			{ name: 'cotation_active', type: 'bool', required: true, label: 'Cotation de la demande active dans le SNE (oui / non)' },
			{ name: 'taux_cible_hors_qpv_q1', type: 'count', required: false, label: 'Taux cible hors QPV Q1 fixé par la CIA, en % (vide : 25 %)' }
		]
	}
];

export function inputTable(name: InputTableName): InputTableSpec {
	const spec = INPUT_TABLES.find((t) => t.name === name);
	if (!spec) throw new Error(`Table inconnue : ${name}`);
	return spec;
}

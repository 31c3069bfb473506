/**
 * The French prose of docs/contrat-de-donnees.md that the contract's types cannot say:
 * what each table is for, and its rules beyond types.
 */
import type { InputTableName } from '../../src/lib/contract/inputs.ts';

export const TABLE_PURPOSES: Record<InputTableName, string> = {
	bailleurs: 'Référentiel des bailleurs sociaux du département ou de la région. Toute autre table qui cite un bailleur (attributions, objectifs, projets FNAVDL) doit citer un SIREN présent ici.',
	attributions:
		'Les attributions de logements sociaux, par mois, commune et bailleur (export SNE / bailleurs). Le tableau de bord les additionne par département, EPCI et bailleur ; le détail communal reste dans ce fichier.',
	objectifs:
		"Les objectifs annuels d'attribution aux publics prioritaires, sortants d'hébergement et sans-abri, par territoire (région, département, EPCI) et, le cas échéant, par bailleur. Un objectif non encore fixé reste une ligne sans valeur : le taux correspondant est affiché comme non disponible, jamais comme zéro.",
	stocks: 'Le nombre de ménages en attente à une date donnée (ménages prioritaires, hébergés, sans-abri), par département ou EPCI. Une ligne au 1er janvier permet de calculer l’évolution depuis le début de l’année.',
	fnavdl_enveloppes: 'Les enveloppes du Fonds national d’accompagnement vers et dans le logement (FNAVDL) notifiées à chaque département, et leur répartition.',
	fnavdl_projets: 'Les projets déposés et retenus aux appels à projets FNAVDL : porteur, financement, ménages à accompagner et accompagnés.',
	reforme: 'L’avancement de la réforme des attributions dans chaque EPCI tenu de la mettre en œuvre : conférence intercommunale du logement (CIL), orientations cadre, convention intercommunale d’attribution (CIA), plan partenarial (PPGDID), cotation de la demande.'
};

export const TABLE_RULES: Record<InputTableName, string[]> = {
	bailleurs: ['`siren` : 9 chiffres.'],
	attributions: [
		'`code_commune` : commune actuelle de la région au code officiel géographique. Le code d’une commune déléguée ou associée est accepté : ses attributions sont comptées dans la commune nouvelle, avec un avertissement.',
		'`siren_bailleur` : présent dans la table bailleurs.',
		'Chaque sous-effectif ne dépasse pas son total (voir la liste), et `hors_qpv` + `qpv` ne dépasse pas `attributions`.',
		'Un bailleur qui a des attributions sans aucun objectif propre donne un avertissement (ses taux resteront vides).'
	],
	objectifs: [
		'`code_territoire` : `32` pour la région, un code département de la région (02, 59, 60, 62, 80) ou le SIREN d’un EPCI de la région, selon `niveau`.',
		'`siren_bailleur` : vide pour l’objectif du territoire, sinon présent dans la table bailleurs.',
		'`valeur` est renseignée si et seulement si `statut` vaut « fixe ».'
	],
	stocks: ['`code_territoire` : code département de la région ou SIREN d’un EPCI de la région, selon `niveau`. La région est la somme des départements.'],
	fnavdl_enveloppes: ['`code_departement` : département de la région.', 'Chaque « dont » ne dépasse pas l’enveloppe.'],
	fnavdl_projets: ['`code_departement` : département de la région ; `siren_epci` (facultatif) : EPCI de la région ; `siren_bailleur` (facultatif) : présent dans la table bailleurs.'],
	reforme: [
		'`siren_epci` : EPCI de la région.',
		'Les dates devraient se suivre : 1re CIL, puis orientations cadre, puis CIA ; une date antérieure à l’étape précédente donne un avertissement (pas une erreur).'
	]
};

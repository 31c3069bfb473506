/**
 * The corpus of broken inputs (tests/fixtures/ingestion/broken, written by its
 * generate.ts): each folder laid over a copy of the valid lot fails the run with exactly
 * the French messages below (file, line, column, value, rule), and the previous
 * extracts stay byte-identical. A failed run is exit code 1 of `npm run data`
 * (cli.ts maps `ok`; ingestion-cli.spec.ts checks the process).
 */
import { cpSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyValidLot, folderHashes, previousExtracts, removeTempDirs, run, tempDir, VALID_LOT } from '../fixtures/ingestion/lot';

const CORPUS = 'tests/fixtures/ingestion/broken';
/** The one case where the XLSX is added next to the CSV of its table instead of replacing it. */
const KEEPS_CSV = 'csv-et-xlsx-pour-la-meme-table';

/** Case folder → every error of the run, in order. */
const EXPECTED: Record<string, string[]> = {
	'annee-mal-formee': [
		"objectifs.csv, ligne 2, colonne « annee » : « 22 » n'est pas une année au format AAAA."
	],
	'bailleur-inconnu': [
		"attributions.csv, ligne 6, colonne « siren_bailleur » : bailleur « 123456789 » absent de bailleurs.csv."
	],
	'classeur-renomme-en-csv': [
		"stocks.csv : c’est un classeur Excel (XLSX), pas un fichier texte CSV ; donnez-lui l’extension .xlsx."
	],
	'cle-en-double': [
		"stocks.csv, ligne 7 : clé en double (date « 2022-05-31 », niveau « departement », code_territoire « 02 », public « prioritaires ») ; déjà présente ligne 3."
	],
	'colonne-en-double': [
		"bailleurs.csv, ligne 1, colonne « nom » : colonne en double."
	],
	'colonne-en-trop': [
		"stocks.csv, ligne 1, colonne « commentaire » : colonne inconnue ; colonnes attendues : date, niveau, code_territoire, public, menages."
	],
	'colonne-manquante': [
		"attributions.csv, ligne 1, colonne « sans_abri » : colonne obligatoire absente."
	],
	'commune-inconnue': [
		"attributions.csv, ligne 5, colonne « code_commune » : commune « 99999 » inconnue du code officiel géographique (COG 2026)."
	],
	'commune-zero-initial-perdu': [
		"attributions.csv, ligne 4, colonne « code_commune » : commune « 2691 » inconnue du code officiel géographique (COG 2026). Zéro initial perdu par le tableur ? « 02691 » existe : mettez la colonne au format texte."
	],
	'csv-et-xlsx-pour-la-meme-table': [
		"reforme.csv et reforme.xlsx : deux fichiers pour la même table ; ne gardez que l’un des deux."
	],
	'date-impossible': [
		"stocks.csv, ligne 3, colonne « date » : « 2022-02-30 » n'est pas une date du calendrier."
	],
	'date-serie-excel-en-xlsx': [
		"stocks.xlsx, ligne 4, colonne « date » : « 2022 » n'est pas une date au format AAAA-MM-JJ ou JJ/MM/AAAA."
	],
	'decimale-dans-un-effectif': [
		"attributions.csv, ligne 4, colonne « sans_abri » : « 1,5 » est un nombre décimal ; un nombre de ménages entier est attendu."
	],
	'departement-hors-region': [
		"fnavdl_enveloppes.csv, ligne 2, colonne « code_departement » : « 75 » n'est pas un département de la région Hauts-de-France (02, 59, 60, 62, 80)."
	],
	'effectif-negatif': [
		"stocks.csv, ligne 2, colonne « menages » : « -1200 » est négatif ; un effectif est un nombre entier positif ou nul."
	],
	'effectif-trop-grand': [
		"attributions.csv, ligne 2, colonne « attributions » : « 3000000000 » est trop grand pour un effectif (au plus 2 147 483 647)."
	],
	'en-tete-seul': [
		"attributions.csv : aucune ligne de données ; le tableau de bord ne peut être daté."
	],
	'encodage-melange': [
		"bailleurs.csv, ligne 5, colonne « nom » : octet 0xE9 invalide en UTF-8 alors que d’autres caractères accentués du fichier sont en UTF-8 : deux encodages mélangés ; réenregistrez tout le fichier en UTF-8."
	],
	'encodage-octet-inconnu': [
		"bailleurs.csv, ligne 4, colonne « nom » : octet 0x81 inconnu en UTF-8 comme en Windows-1252 : encodage non reconnu ; réenregistrez le fichier en UTF-8."
	],
	'epci-inconnu': [
		"reforme.csv, ligne 3, colonne « siren_epci » : EPCI « 200000000 » inconnu du code officiel géographique (COG 2026) en Hauts-de-France."
	],
	'fichier-vide': [
		"stocks.csv, ligne 1 : fichier vide ; la première ligne doit porter les noms de colonnes."
	],
	'guillemet-non-ferme': [
		"bailleurs.csv, ligne 3, colonne « nom » : guillemet ouvert sans être refermé : le champ court jusqu’à la ligne 4 ; refermez-le ou retirez-le.",
		"attributions.csv, ligne 4, colonne « siren_bailleur » : bailleur « 277800013 » absent de bailleurs.csv.",
		"attributions.csv, ligne 6, colonne « siren_bailleur » : bailleur « 277800013 » absent de bailleurs.csv.",
		"attributions.csv, ligne 7, colonne « siren_bailleur » : bailleur « 457504694 » absent de bailleurs.csv.",
		"attributions.csv, ligne 8, colonne « siren_bailleur » : bailleur « 457504694 » absent de bailleurs.csv.",
		"objectifs.csv, ligne 8, colonne « siren_bailleur » : bailleur « 277800013 » absent de bailleurs.csv."
	],
	'mois-impossible': [
		"attributions.csv, ligne 2, colonne « mois » : « 2022-13 » n'est pas un mois au format AAAA-MM."
	],
	'montant-a-trois-decimales': [
		"fnavdl_enveloppes.csv, ligne 2, colonne « enveloppe_eur » : « 310000,125 » n'est pas un montant en euros (au plus deux décimales)."
	],
	'objectif-fixe-sans-valeur': [
		"objectifs.csv, ligne 3, colonne « valeur » : valeur manquante alors que le statut est « fixe » ; un objectif fixé a une valeur."
	],
	'objectif-non-fixe-avec-valeur': [
		"objectifs.csv, ligne 4, colonne « valeur » : « 1000 » renseignée alors que le statut est « en cours de finalisation » ; seul un objectif « fixe » a une valeur."
	],
	'oui-non-invalide': [
		"reforme.csv, ligne 2, colonne « perimetre » : « peut-être » n'est ni « oui » ni « non »."
	],
	'part-d-enveloppe-au-dessus-du-total': [
		"fnavdl_enveloppes.csv, ligne 3, colonne « dont_associations_eur » : 1 500 000 dépasse « enveloppe_eur » (1 450 000) ; une partie ne peut dépasser son total."
	],
	'qpv-et-hors-qpv-au-dessus-du-total': [
		"attributions.csv, ligne 8, colonne « qpv » : « hors_qpv » + « qpv » = 20 + 11 = 31 dépasse « attributions » (30) ; une partie ne peut dépasser son total."
	],
	'region-inconnue': [
		"objectifs.csv, ligne 2, colonne « code_territoire » : « 11 » n'est pas le code de la région Hauts-de-France (32)."
	],
	'separateurs-melanges': [
		"stocks.csv, ligne 4 : 1 valeur au lieu de 5 (une par colonne de l’en-tête) ; cette ligne semble séparée par « , », pas comme l’en-tête : un seul séparateur par fichier."
	],
	'siren-mal-forme': [
		"bailleurs.csv, ligne 2, colonne « siren » : « 47568081 » n'est pas un SIREN (9 chiffres).",
		"attributions.csv, ligne 2, colonne « siren_bailleur » : bailleur « 475680815 » absent de bailleurs.csv.",
		"attributions.csv, ligne 3, colonne « siren_bailleur » : bailleur « 475680815 » absent de bailleurs.csv.",
		"attributions.csv, ligne 5, colonne « siren_bailleur » : bailleur « 475680815 » absent de bailleurs.csv.",
		"objectifs.csv, ligne 7, colonne « siren_bailleur » : bailleur « 475680815 » absent de bailleurs.csv.",
		"fnavdl_projets.csv, ligne 2, colonne « siren_bailleur » : bailleur « 475680815 » absent de bailleurs.csv."
	],
	'sources-illisible': [
		"sources.json : JSON illisible (Expected property name or '}' in JSON at position 38)."
	],
	'sous-effectif-au-dessus-du-total': [
		"attributions.csv, ligne 2, colonne « prioritaires » : 121 dépasse « attributions » (120) ; une partie ne peut dépasser son total."
	],
	'texte-dans-un-effectif': [
		"attributions.csv, ligne 3, colonne « prioritaires » : « vingt » n'est pas un nombre entier."
	],
	'valeur-hors-liste': [
		"stocks.csv, ligne 2, colonne « public » : « sdf » n'est pas une valeur admise (prioritaires, heberges, sans_abri)."
	],
	'valeur-obligatoire-manquante': [
		"bailleurs.csv, ligne 2, colonne « nom_court » : valeur obligatoire manquante.",
		"attributions.csv, ligne 2, colonne « siren_bailleur » : bailleur « 475680815 » refusé dans bailleurs.csv (ligne 2) ; corrigez d’abord cette ligne.",
		"attributions.csv, ligne 3, colonne « siren_bailleur » : bailleur « 475680815 » refusé dans bailleurs.csv (ligne 2) ; corrigez d’abord cette ligne.",
		"attributions.csv, ligne 5, colonne « siren_bailleur » : bailleur « 475680815 » refusé dans bailleurs.csv (ligne 2) ; corrigez d’abord cette ligne.",
		"objectifs.csv, ligne 7, colonne « siren_bailleur » : bailleur « 475680815 » refusé dans bailleurs.csv (ligne 2) ; corrigez d’abord cette ligne.",
		"fnavdl_projets.csv, ligne 2, colonne « siren_bailleur » : bailleur « 475680815 » refusé dans bailleurs.csv (ligne 2) ; corrigez d’abord cette ligne."
	],
	'valeurs-en-trop-sur-une-ligne': [
		"stocks.csv, ligne 3 : 6 valeurs au lieu de 5 (une par colonne de l’en-tête)."
	],
	'xls-renomme-en-xlsx': [
		"stocks.xlsx : classeur Excel 97-2003 (.xls) sous l’extension .xlsx ; enregistrez-le au format « Classeur Excel (.xlsx) »."
	],
	'xlsx-cellules-fusionnees': [
		"attributions.xlsx, ligne 2, colonne « mois » : cellules fusionnées (A2:A3) ; défusionnez-les et recopiez la valeur dans chaque cellule."
	],
	'xlsx-plusieurs-feuilles': [
		"stocks.xlsx : 2 feuilles (« Notes », « Données ») et aucune nommée « stocks » ; nommez ainsi la feuille des données ou retirez les autres."
	],
	'xlsx-qui-est-un-csv': [
		"stocks.xlsx : ce n’est pas un classeur XLSX (un fichier texte ?) ; si c’est un CSV, donnez-lui l’extension .csv."
	],
	'xlsx-tronque': [
		"stocks.xlsx : classeur XLSX illisible : fichier tronqué ou endommagé ; rouvrez-le dans le tableur et enregistrez-le à nouveau."
	],
};

/**
 * Cases of the corpus once refused and now read (issue 17, « messy real files »): the
 * folder stays, the run succeeds and gives the valid lot's extracts byte for byte.
 * UTF-16 without BOM, tab-separated spreadsheets and the like: tests/fixtures/messy.
 */
const NOW_READ: Record<string, string> = {
	'date-serie-excel-en-csv': 'an Excel day serial in a CSV date column is read in the 1900 system',
	'encodage-utf16': 'UTF-16 LE with its BOM is decoded',
	'separateur-tabulation': 'a tab-separated file is read'
};

/** A copy of the valid lot with the case's files laid over it (an XLSX replaces its table's CSV). */
function brokenLot(name: string): string {
	const dir = copyValidLot();
	for (const file of readdirSync(join(CORPUS, name))) {
		if (file.endsWith('.xlsx') && name !== KEEPS_CSV) rmSync(join(dir, file.replace(/\.xlsx$/, '.csv')));
		cpSync(join(CORPUS, name, file), join(dir, file));
	}
	return dir;
}

afterAll(removeTempDirs);

describe('broken inputs corpus', () => {
	let output: string;
	let previous: Record<string, string>;
	let validWarnings: string[];
	beforeAll(async () => {
		({ output, hashes: previous } = await previousExtracts());
		validWarnings = (await run(VALID_LOT, join(tempDir('valid'), 'extracts'))).warnings;
	}, 60_000);

	it('holds one folder per expected case, at least 30', () => {
		const folders = readdirSync(CORPUS).filter((name) => statSync(join(CORPUS, name)).isDirectory());
		expect(folders.sort()).toEqual([...Object.keys(EXPECTED), ...Object.keys(NOW_READ)].sort());
		expect(folders.length).toBeGreaterThanOrEqual(30);
	});

	it.each(Object.entries(EXPECTED))('%s → exact messages, previous extracts unchanged', async (name, errors) => {
		const result = await run(brokenLot(name), output);
		expect(result.ok).toBe(false);
		expect(result.errors).toEqual(errors);
		expect(result.errorCount).toBe(errors.length);
		expect(folderHashes(output)).toEqual(previous);
	});

	it.each(Object.entries(NOW_READ))('%s → now read: %s, same extracts as the valid lot', async (name) => {
		const elsewhere = join(tempDir(name), 'extracts');
		const result = await run(brokenLot(name), elsewhere);
		expect(result.errors).toEqual([]);
		expect(result.warnings).toEqual(validWarnings);
		expect(result.ok).toBe(true);
		expect(folderHashes(elsewhere)).toEqual(previous);
	});
});

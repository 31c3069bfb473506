/**
 * docs/contrat-de-donnees.md, generated from the contract so that it never drifts:
 * for each input table its purpose, columns, key and rules; the accepted formats, the
 * error messages and how to update the data.
 */
import { INPUT_TABLES, type InputTableSpec } from '../../src/lib/contract/inputs.ts';
import { RECORD_TABLES, type RecordTableSpec } from '../../src/lib/contract/records.ts';
import { EXTRACT_NAMES } from '../../src/lib/contract/extracts.ts';
import { loadCog } from '../lib/cog.ts';
import { TABLE_PURPOSES, TABLE_RULES } from './contract-doc-text.ts';
import { cogLabel } from './territoires.ts';
import { requiredLabel, typeLabel } from './type-labels.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');

function tableSection(spec: InputTableSpec): string[] {
	const lines = [`### \`${spec.name}\` — ${spec.label}`, '', TABLE_PURPOSES[spec.name], '', `Fichier : \`${spec.name}.csv\` ou \`${spec.name}.xlsx\`.`, ''];
	lines.push('| colonne | type | obligatoire | signification |', '|---|---|---|---|');
	for (const c of spec.columns) lines.push(`| \`${c.name}\` | ${cell(typeLabel(c))} | ${requiredLabel(c)} | ${cell(c.label)} |`);
	lines.push('', `**Clé** (une seule ligne par combinaison) : ${spec.key.map((k) => `\`${k}\``).join(' + ')}.`, '');
	if (spec.subCounts?.length) {
		lines.push('**Sous-effectifs** (la partie ne dépasse jamais son total) :', '');
		for (const rule of spec.subCounts) lines.push(`- \`${rule.part}\` ≤ \`${rule.whole}\``);
		lines.push('');
	}
	lines.push('**Règles** :', '', ...TABLE_RULES[spec.name].map((rule) => `- ${rule}`), '');
	return lines;
}

const RECORD_TYPES = { date: 'date', code: 'code (texte)', bool: 'oui / non (codes de la correspondance)', quartile: 'quartile 1 à 4', enum: 'liste' } as const;

function recordSection(spec: RecordTableSpec): string[] {
	const lines = [`### \`${spec.name}\` depuis une liste : ${spec.label.toLowerCase()}`, ''];
	lines.push('| colonne | type | obligatoire | signification | en-têtes reconnus |', '|---|---|---|---|---|');
	for (const c of spec.columns) {
		const type = c.type === 'enum' ? `liste : ${(c.values ?? []).join(', ')}` : RECORD_TYPES[c.type];
		lines.push(`| \`${c.name}\` | ${cell(type)} | ${c.required ? 'oui' : 'non'} | ${cell(c.label)} | ${cell(c.synonyms.map((n) => `« ${n} »`).join(', '))} |`);
	}
	lines.push('');
	return lines;
}

/** The whole document, as written to docs/contrat-de-donnees.md. */
export function contractMarkdown(): string {
	const cog = loadCog();
	const lines = [
		'# Contrat de données du tableau de bord PDALHPD',
		'',
		'> Document généré par `npx tsx scripts/data/templates.ts` à partir de `src/lib/contract/inputs.ts` : modifier le contrat, puis régénérer.',
		'',
		'Le tableau de bord lit sept tables déposées par la DREAL (ou la DDETS) dans un dossier. `npm run data` les contrôle toutes, puis écrit les extraits Parquet et `manifest.json` dans `data/extracts/`. Des modèles vides de chaque table (CSV et XLSX, avec une feuille « aide ») sont dans `data/templates/`.',
		'',
		'## Mettre à jour les données',
		'',
		'1. Déposer les nouveaux exports dans un dossier, un fichier par table (`bailleurs.csv`, `attributions.xlsx`, …), avec, si possible, un `sources.json` qui nomme la source de chaque table : `{ "demonstration": false, "sources": { "attributions": "SNE, export du 3 juin 2022" } }`.',
		'2. Lancer `npm run data -- --input dossier` (par défaut `data/raw/demo` → `data/extracts`).',
		'3. Lire le rapport : chaque table avec son nombre de lignes et sa date d’arrêté, les avertissements, la durée. En cas d’erreur, la liste des erreurs (50 au plus, puis « … et N autres erreurs. »), le code de sortie vaut 1 et **rien n’est écrit** : les extraits précédents restent intacts. Corriger les fichiers et relancer.',
		'4. Les nouveaux extraits remplacent les anciens d’un bloc, seulement quand toutes les tables sont valides.',
		'',
		'## Formats acceptés',
		'',
		'- **CSV** : encodage UTF-8 (avec ou sans BOM), Windows-1252 (export Excel « CSV (séparateur : point-virgule) ») ou UTF-16 avec BOM (export Excel « Texte Unicode ») ; séparateur `;`, `,` ou tabulation (reconnu sur la ligne d’en-tête) ; fins de ligne CRLF ou LF ; champs entre guillemets `"…"` quand ils contiennent le séparateur ou un retour à la ligne (les numéros de ligne des messages restent ceux du fichier) ; colonnes vides en fin de ligne ignorées. Une dernière ligne de total (« Total », « Total général », « Ensemble ») est ignorée avec un avertissement, jamais additionnée ; au milieu des données, elle est une erreur.',
		'- **XLSX** : la feuille qui porte le nom de la table, sinon la première feuille ; première ligne = en-tête. Les dates Excel sont acceptées dans les colonnes de date et de mois.',
		'- **Nombres** : entiers, avec ou sans séparateur de milliers (espace, espace insécable ou espace fine : `1 343`). Un effectif décimal (`12,5`), un pourcentage (`12 %`) ou un nombre négatif est refusé, avec un message qui le dit.',
		'- **Dates** : `AAAA-MM-JJ`, `JJ/MM/AAAA` ou un numéro de jour d’Excel (`44712`, entre 2000 et 2100) ; les dates impossibles (30/02) sont refusées. **Mois** : `AAAA-MM`, `MM/AAAA`, `mai-22`, `mai 2022`, `janv.-22`, `juil. 2022`. **Années** : `AAAA`.',
		'- **Listes** : la valeur exacte (la casse est ignorée). **Booléens** : `oui` / `non`.',
		'- **En-tête** : chaque colonne obligatoire doit être présente ; une colonne facultative peut manquer (elle reste vide) ; une colonne inconnue est une erreur. L’ordre des colonnes est libre.',
		`- **Territoires** : tous les codes sont contrôlés contre le code officiel géographique (${cogLabel(cog)}, paquet @etalab/decoupage-administratif ${cog.version}) : région 32, ses 5 départements, ses ${cog.epcis.length} EPCI et ses communes.`,
		'',
		'## Messages d’erreur',
		'',
		'Chaque erreur nomme le fichier, la ligne (l’en-tête est la ligne 1 ; en XLSX, le numéro de ligne de la feuille), la colonne, la valeur et la règle :',
		'',
		'```',
		'attributions.csv, ligne 12, colonne « prioritaires » : « abc » n\'est pas un nombre entier.',
		'attributions.csv, ligne 7, colonne « prioritaires » : « -3 » est négatif ; un effectif est un nombre entier positif ou nul.',
		`attributions.csv, ligne 9, colonne « code_commune » : commune « 99999 » inconnue du code officiel géographique (${cogLabel(cog)}).`,
		'attributions.csv, ligne 1, colonne « sans_abri » : colonne obligatoire absente.',
		'attributions.csv, ligne 15, colonne « hors_qpv_q1 » : 12 dépasse « hors_qpv » (10) ; une partie ne peut dépasser son total.',
		'attributions.csv, ligne 9 : clé en double (mois « 2022-01 », code_commune « 59350 », siren_bailleur « 475680815 ») ; déjà présente ligne 2.',
		'objectifs.csv, ligne 2, colonne « valeur » : valeur manquante alors que le statut est « fixe » ; un objectif fixé a une valeur.',
		'```',
		'',
		'Les avertissements (commune déléguée ramenée à sa commune nouvelle, bailleur sans objectif, étapes de la réforme dans le désordre) n’empêchent pas l’écriture des extraits.',
		'',
		'## Tables',
		'',
		...INPUT_TABLES.flatMap(tableSection),
		'## Listes d’enregistrements : les exports tels qu’ils sont',
		'',
		'Les attributions et les ménages en attente peuvent être déposés tels que les systèmes nationaux les exportent : **une ligne par attribution**, **une ligne par ménage labellisé**, avec leurs propres noms de colonnes et leurs codes. `npm run data` les lit à travers `correspondances.json` (dans le même dossier), contrôle chaque cellule (fichier, ligne, colonne, valeur ; toutes les erreurs), puis les agrège avec DuckDB dans la table du contrat (`attributions` : par mois, commune et bailleur ; `stocks` : à chaque fin de mois et au 1er janvier, par département et par EPCI), qui passe ensuite les mêmes contrôles que si elle avait été déposée. Une erreur sur une ligne agrégée (commune inconnue, par exemple) nomme la première ligne de l’export qui y contribue. La même définition (`src/lib/contract/records.ts`) sert à la page « Vérifier un fichier ».',
		'',
		'Hors QPV, le 1er quartile compte aussi les relogements NPNRU (`hors_qpv_q1`) ; en QPV, `qpv_q2_q4` compte les quartiles 2 à 4 et `qpv_q4` le 4e.',
		'',
		...RECORD_TABLES.flatMap(recordSection),
		'### La correspondance : exemple',
		'',
		'Un export d’attributions dont l’en-tête est :',
		'',
		'```',
		'N° attribution;Date de la CAL;Code INSEE;SIREN organisme;Prioritaire (DALO / PDALHPD);Sortant hébergement;Sans-abri;Logement en QPV;Quartile ressources;Relogement NPNRU',
		'A0000001;03/01/2022;02018;443233291;Oui;0;N;Non;Q1;',
		'```',
		'',
		'`npm run data -- --init-mapping dossier/export_attributions.csv` reconnaît ses colonnes (accents, majuscules et ponctuation ignorés, synonymes du tableau ci-dessus : « Code commune », « CODE_COMMUNE », « code INSEE »…), écrit `dossier/correspondances.json` et liste ce qu’il n’a pas reconnu :',
		'',
		'```json',
		'{',
		'  "attributions": {',
		'    "fichier": "export_attributions.csv",',
		'    "format": "enregistrements",',
		'    "colonnes": {',
		'      "date_attribution": "Date de la CAL",',
		'      "code_commune": "Code INSEE",',
		'      "siren_bailleur": "SIREN organisme",',
		'      "prioritaire": "Prioritaire (DALO / PDALHPD)",',
		'      "sortant_hebergement": "Sortant hébergement",',
		'      "sans_abri": "Sans-abri",',
		'      "qpv": "Logement en QPV",',
		'      "quartile": "Quartile ressources",',
		'      "relogement_npnru": "Relogement NPNRU"',
		'    },',
		'    "valeurs": { "prioritaire": { "P": "oui", "NP": "non" } }',
		'  }',
		'}',
		'```',
		'',
		'`colonnes` : pour chaque colonne du format, l’en-tête de l’export. `valeurs` (facultatif) : les codes propres à l’export, ajoutés à ceux reconnus d’office (oui / non : `oui`, `o`, `1`, `x`, `vrai` / `non`, `n`, `0`, `faux` ; quartiles : `1`, `Q1`, `1er quartile`… ; publics : leur nom). Un code inconnu est une erreur qui le cite. Une table ne peut venir à la fois d’une liste et de son fichier du contrat.',
		'',
		'## Vérifier un fichier avant de l’envoyer',
		'',
		'La page **Données → Vérifier un fichier** (`/donnees/verifier`) lit un CSV ou un XLSX (et son `correspondances.json`) dans le navigateur, sans l’envoyer : elle applique les mêmes règles, liste chaque erreur avec sa ligne et sa colonne, donne les totaux par département et par EPCI à côté des chiffres publiés, et propose le fichier converti au contrat.',
		'',
		'## Extraits produits',
		'',
		`\`data/extracts/\` contient un fichier Parquet par extrait (${EXTRACT_NAMES.map((n) => `\`${n}\``).join(', ')}) et \`manifest.json\` (nombre de lignes, date d’arrêté, source, empreinte sha256 de chaque fichier ; \`latestDate\` : dernière fin de mois avec des attributions). \`territoires\` vient du code officiel géographique, jamais d’un fichier déposé ; \`attributions\` y est agrégé par mois, département, EPCI et bailleur. Les mêmes fichiers d’entrée donnent toujours des extraits identiques à l’octet près.`,
		''
	];
	return lines.join('\n');
}

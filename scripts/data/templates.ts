/**
 * `npx tsx scripts/data/templates.ts`: regenerates data/templates/ (empty CSV and XLSX
 * inputs) and docs/contrat-de-donnees.md from the contract (src/lib/contract/inputs.ts).
 */
import { writeFileSync } from 'node:fs';
import { contractMarkdown } from './contract-doc.ts';
import { writeTemplates } from './template-files.ts';

const written = await writeTemplates('data/templates');
writeFileSync('docs/contrat-de-donnees.md', contractMarkdown());
console.log(`${written.length} modèles écrits dans data/templates/ ; docs/contrat-de-donnees.md régénéré.`);

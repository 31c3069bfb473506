/**
 * Record-level exports (one line per attribution, per household) read through their mapping
 * and aggregated by DuckDB into the contract's tables: a corpus of exports as the national
 * systems write them, each with its expected lines and report (tests/fixtures/records/<cas>/attendu.json,
 * reviewed by hand), the oracle (the demonstration attributions written as 93 013 records give
 * the same extracts, byte for byte) and the mapping proposed from a header.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/data/build';
import { initMapping } from '../../scripts/data/records/init-mapping';
import { proposerCorrespondance } from '../../src/lib/contract/mapping';
import { EXPORT_HEADER, EXPORT_MAPPING, writeRecordsFromAggregates } from '../fixtures/records/from-aggregates';
import { runRecordCase } from '../fixtures/records/run-case';
import { FIXED_CLOCK, removeTempDirs, tempDir } from '../fixtures/ingestion/lot';

const CASES = 'tests/fixtures/records';
afterAll(removeTempDirs);

describe('record-level exports of the corpus', () => {
	const cases = readdirSync(CASES).filter((d) => statSync(join(CASES, d)).isDirectory());
	it('holds the cases the issue names', () => {
		expect(cases).toEqual(['ansi-excel', 'code-inconnu', 'colonne-absente', 'correspondances-illisible', 'date-invalide', 'sne-attributions', 'stocks-menages', 'total-final']);
	});
	for (const name of cases) {
		it(`${name} : the lines and the report expected`, async () => {
			const expected = JSON.parse(readFileSync(join(CASES, name, 'attendu.json'), 'utf8'));
			expect(await runRecordCase(join(CASES, name))).toEqual(expected);
		});
	}
	it('counts each attribution once per sub-count: January 2022 in the SNE export', async () => {
		const { lignes } = await runRecordCase(join(CASES, 'sne-attributions'));
		// 3 attributions: 2 priority, 1 leaving shelter, 1 homeless; 2 outside QPV of which 1 in Q1; 1 in QPV, Q4.
		expect(lignes[0]).toEqual({ ligne: 2, cellules: ['2022-01', '02018', '443233291', '3', '2', '1', '1', '2', '1', '1', '1', '1'] });
		// An NPNRU rehousing outside QPV counts with the 1st quartile whatever its own quartile.
		expect(lignes[1].cellules.slice(3, 9)).toEqual(['1', '0', '0', '0', '1', '1']);
	});
	it('never counts a « Total » line: it is skipped with a warning naming its line', async () => {
		const withTotal = await runRecordCase(join(CASES, 'total-final'));
		expect(withTotal.lignes).toEqual((await runRecordCase(join(CASES, 'sne-attributions'))).lignes);
		expect(withTotal.avertissements).toEqual(['export.csv, ligne 7 : ligne de total ignorée (« Total ») ; les totaux sont recalculés.']);
	});
	it('counts households waiting at each month end and on 1 January, by department and EPCI', async () => {
		const { lignes } = await runRecordCase(join(CASES, 'stocks-menages'));
		const at = (date: string) => lignes.filter((l) => l.cellules[0] === date).map((l) => l.cellules.slice(1).join(' '));
		// M2 labelled on 20 December 2021, out on 10 January 2022: counted on 31 December and 1 January, not on 31 January.
		expect(at('2022-01-01')).toEqual(['departement 02 prioritaires 2', 'departement 80 heberges 0', 'epci 200018083 prioritaires 1']);
		expect(at('2022-01-31')).toEqual(['departement 02 prioritaires 1', 'departement 80 heberges 1', 'epci 200018083 prioritaires 1']);
	});
});

describe('the demonstration attributions as a record-level export', () => {
	it('give the same extracts, byte for byte, through npm run data', async () => {
		const input = tempDir('records-oracle-');
		for (const file of readdirSync('data/raw/demo')) if (file !== 'attributions.csv') copyFileSync(join('data/raw/demo', file), join(input, file));
		const records = writeRecordsFromAggregates('data/raw/demo/attributions.csv', join(input, 'export_attributions.csv'));
		writeFileSync(join(input, 'correspondances.json'), JSON.stringify(EXPORT_MAPPING, null, 2));
		expect(records).toBe(93_013);
		const output = join(tempDir('records-oracle-out-'), 'extracts');
		const result = await build({ input, output }, FIXED_CLOCK);
		expect(result.errors).toEqual([]);
		expect(result.ok).toBe(true);
		const hashes = (dir: string) => Object.fromEntries(Object.entries(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).extracts as Record<string, { sha256: string }>).map(([k, v]) => [k, v.sha256]));
		expect(hashes(output)).toEqual(hashes('data/extracts'));
	}, 120_000);
});

describe('mapping proposed from an export header', () => {
	it('recognises the export of the oracle: every column, nothing left', () => {
		const proposal = proposerCorrespondance(EXPORT_HEADER, 'export_attributions.csv');
		expect(proposal.table).toBe('attributions');
		expect(proposal.mapping.colonnes).toEqual(EXPORT_MAPPING.attributions.colonnes);
		expect(proposal.nonTrouvees).toEqual([]);
		expect(proposal.inutilisees).toEqual(['N° attribution']);
	});
	it('matches header variants, accents and case ignored, and says what it could not match', () => {
		for (const variant of ['Code commune', 'CODE_COMMUNE', 'code INSEE', 'Code Insee Commune']) {
			expect(proposerCorrespondance([variant, 'Date attribution', 'SIREN'], 'x.csv').mapping.colonnes.code_commune).toBe(variant);
		}
		const partial = proposerCorrespondance(['DATE_CAL', 'CODE_COMMUNE', 'Siren bailleur', 'Commentaire'], 'x.csv');
		expect(partial.mapping.colonnes).toEqual({ date_attribution: 'DATE_CAL', code_commune: 'CODE_COMMUNE', siren_bailleur: 'Siren bailleur' });
		expect(partial.nonTrouvees.filter((m) => m.requise).map((m) => m.colonne)).toEqual(['prioritaire', 'sortant_hebergement', 'sans_abri', 'qpv', 'quartile']);
		expect(partial.inutilisees).toEqual(['Commentaire']);
	});
	it('picks the households format for a list of labelled households', () => {
		const proposal = proposerCorrespondance(['Identifiant', 'Date de labellisation', 'Date de sortie', 'Département', 'EPCI', 'Public'], 'menages.csv');
		expect(proposal.table).toBe('stocks');
		expect(Object.keys(proposal.mapping.colonnes)).toEqual(['date_labellisation', 'date_sortie', 'code_departement', 'siren_epci', 'public']);
	});
	it('--init-mapping writes correspondances.json beside the export, and keeps an existing one', async () => {
		const dir = tempDir('init-mapping-');
		writeFileSync(join(dir, 'export.csv'), `${EXPORT_HEADER.join(';')}\r\nA1;03/01/2022;02018;443233291;Oui;0;N;Non;Q1;\r\n`);
		const first = await initMapping(join(dir, 'export.csv'));
		expect(first.ok).toBe(true);
		expect(first.lines[0]).toBe("export.csv : liste d'enregistrements « attributions » (9 colonnes reconnues sur 10).");
		const written = JSON.parse(readFileSync(join(dir, 'correspondances.json'), 'utf8'));
		expect(written.attributions.colonnes).toEqual(EXPORT_MAPPING.attributions.colonnes);
		writeFileSync(join(dir, 'correspondances.json'), JSON.stringify({ attributions: { ...written.attributions, fichier: 'autre.csv' } }));
		const second = await initMapping(join(dir, 'export.csv'));
		expect(second.lines).toContain('correspondances.json existe déjà et décrit attributions : il est gardé. Proposition :');
		expect(JSON.parse(readFileSync(join(dir, 'correspondances.json'), 'utf8')).attributions.fichier).toBe('autre.csv');
		mkdirSync(join(dir, 'vide'));
		writeFileSync(join(dir, 'vide', 'export.csv'), '');
		expect((await initMapping(join(dir, 'vide', 'export.csv'))).ok).toBe(false);
	});
});

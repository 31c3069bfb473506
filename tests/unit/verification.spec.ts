/**
 * The browser check of a file (src/lib/verification) against the ingestion (scripts/data): on
 * every record-level export of the corpus, the same typed lines and the same messages, word for
 * word, when each reads the file its own way (TextDecoder and csv-parse's browser build here,
 * iconv-lite and streams there).
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCog } from '../../scripts/lib/cog';
import { communeLookup } from '../../src/lib/contract/communes';
import { decodeBytes, detectSeparator, readDroppedFile } from '../../src/lib/verification/read-file';
import { problemeTexte, reconnaitreFormat, verifierFichier } from '../../src/lib/verification/check-file';
import { runRecordCase } from '../fixtures/records/run-case';

const CASES = 'tests/fixtures/records';
const cog = loadCog();
const communes = communeLookup({ cog: cog.version, communes: [...cog.communes.values()].map((c) => [c.code, c.codeDepartement, c.sirenEpci]), anciennes: [...cog.formerCodes] });
const bailleurs = new Set(readFileSync('data/raw/demo/bailleurs.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(';')[0]));

describe('the browser check and npm run data agree on the corpus', () => {
	for (const name of readdirSync(CASES).filter((d) => statSync(join(CASES, d)).isDirectory() && d !== 'correspondances-illisible')) {
		it(name, async () => {
			const mappingPath = join(CASES, name, 'correspondances.json');
			const correspondances = existsSync(mappingPath) ? JSON.parse(readFileSync(mappingPath, 'utf8')) : {};
			const fichier = (Object.values(correspondances)[0] as { fichier: string }).fichier;
			const read = await readDroppedFile(new Uint8Array(readFileSync(join(CASES, name, fichier))));
			const check = verifierFichier(read, fichier, communes, bailleurs, correspondances);
			const native = await runRecordCase(join(CASES, name));
			expect(check.erreurs.map((p) => problemeTexte(fichier, p))).toEqual(native.erreurs);
			expect(check.avertissements.map((p) => problemeTexte(fichier, p))).toEqual(native.avertissements);
		});
	}
});

describe('reading a dropped file', () => {
	it('decodes UTF-8 with BOM, UTF-16 LE and BE with BOM, and Windows-1252', () => {
		const text = 'date;public\r\n01/02/2022;Hébergé\r\n';
		const utf16le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
		expect(decodeBytes(utf16le)).toEqual({ text, encoding: 'UTF-16 LE' });
		const be = [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
		expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text, encoding: 'UTF-16 BE' });
		expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ text, encoding: 'UTF-8' });
		expect(decodeBytes(new Uint8Array([...'Hébergé'].map((c) => c.charCodeAt(0))))).toEqual({ text: 'Hébergé', encoding: 'Windows-1252' });
		expect(() => decodeBytes(new Uint8Array([0x64, 0, 0x61, 0]))).toThrow('octets nuls');
	});
	it('takes the separator from the header, keeps multi-line fields whole and their lines', async () => {
		expect(detectSeparator('a\tb\tc\n1;2\t3')).toBe('\t');
		expect(detectSeparator('"a;b",c,d\n')).toBe(',');
		const read = await readDroppedFile(new TextEncoder().encode('Date de la CAL;Commentaire;Code INSEE;;\r\n03/01/2022;"deux\r\nlignes";02018;;\r\n04/01/2022;x;02028\r\n'));
		expect(read.header).toEqual(['Date de la CAL', 'Commentaire', 'Code INSEE']);
		expect(read.records.map((r) => [r.line, r.cells[1]])).toEqual([[2, 'deux\r\nlignes'], [4, 'x']]);
	});
	it('recognises a contract table by its columns, else proposes a record format', () => {
		expect(reconnaitreFormat(['mois', 'code_commune', 'siren_bailleur', 'attributions', 'prioritaires', 'sortants_hebergement', 'sans_abri', 'hors_qpv', 'hors_qpv_q1', 'qpv', 'qpv_q2_q4', 'qpv_q4'], 'a.csv')?.type).toBe('contrat');
		expect(reconnaitreFormat(['Date de labellisation', 'Département', 'Public'], 'm.csv')).toMatchObject({ type: 'enregistrements', table: 'stocks' });
		expect(reconnaitreFormat(['Nom', 'Prénom'], 'x.csv')).toBeNull();
	});
});

describe('the browser check and npm run data agree on the messy files of the contract', () => {
	const MESSY = 'tests/fixtures/messy';
	const cases = readdirSync(MESSY).filter((d) => statSync(join(MESSY, d)).isDirectory());
	const validBailleurs = new Set(readFileSync('tests/fixtures/ingestion/valid/bailleurs.csv', 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(';')[0]));
	for (const name of cases) {
		for (const fichier of readdirSync(join(MESSY, name)).filter((f) => /^(attributions|stocks)\.(csv|xlsx)$/.test(f))) {
			it(`${name}/${fichier}: the same cell errors and total-line messages`, async () => {
				const native = JSON.parse(readFileSync(join(MESSY, name, 'attendu.json'), 'utf8')) as { erreurs: string[]; avertissements: string[] };
				let read;
				try {
					read = await readDroppedFile(new Uint8Array(readFileSync(join(MESSY, name, fichier))));
				} catch {
					// Refused whole by the browser: the ingestion refuses it too.
					expect(native.erreurs.some((e) => e.startsWith(fichier))).toBe(true);
					return;
				}
				const check = verifierFichier(read, fichier, communes, new Set([...bailleurs, ...validBailleurs]));
				const browser = check.erreurs.map((p) => problemeTexte(fichier, p));
				const ofFile = (messages: string[]) => messages.filter((m) => m.startsWith(`${fichier},`) && (/, colonne « /.test(m) || /ligne de total/.test(m)));
				expect(browser).toEqual(ofFile(native.erreurs));
				expect(check.avertissements.map((p) => problemeTexte(fichier, p))).toEqual(native.avertissements.filter((m) => m.startsWith(`${fichier},`) && /ligne de total/.test(m)));
			});
		}
	}
});

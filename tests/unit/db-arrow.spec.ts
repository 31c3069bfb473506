import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Type, tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openExtracts, type NativeDb } from '../../scripts/lib/duckdb-native.ts';
import { EXTRACT_COLUMNS, EXTRACT_NAMES } from '../../src/lib/contract/extracts.ts';
import { columnData } from '../../src/lib/db/arrow-columns.ts';
import { extractToArrow } from '../../src/lib/db/arrow-table.ts';
import { decodeParquetRows, fetchExtractIpc, parquetToIpc } from '../../src/lib/db/extract-decode.ts';
import { arrowToPlainRows, toPlainRows, toPlainValue } from '../../src/lib/db/plain-rows.ts';
import { FIXTURE_ROW_COUNTS, writeFixtureExtracts } from './db-fixture-extracts.ts';

const ARROW_TYPE_OF = { INTEGER: Type.Int, BIGINT: Type.Int, DOUBLE: Type.Float, DATE: Type.Date, BOOLEAN: Type.Bool, VARCHAR: Type.Dictionary };

let dir: string;
let native: NativeDb;
const parquetBytes = (name: string) => {
	const bytes = readFileSync(join(dir, `${name}.parquet`));
	return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

beforeAll(async () => {
	dir = await writeFixtureExtracts();
	native = await openExtracts(dir);
});
afterAll(() => native?.close());

describe('Parquet (hyparquet) → Arrow IPC, every extract of the contract', () => {
	it.each(EXTRACT_NAMES)('%s: contract column types and the same rows as native DuckDB', async (name) => {
		const table = tableFromIPC(await parquetToIpc(name, parquetBytes(name)));
		const contract = Object.entries(EXTRACT_COLUMNS[name]);
		expect(table.schema.fields.map((f) => f.name)).toEqual(contract.map(([column]) => column));
		for (const [i, [, type]] of contract.entries()) {
			const field = table.schema.fields[i];
			expect(field.type.typeId).toBe(ARROW_TYPE_OF[type]);
			if (type === 'INTEGER') expect(field.type).toMatchObject({ bitWidth: 32, isSigned: true });
			if (type === 'DOUBLE') expect(field.type.toString()).toBe('Float64');
			if (type === 'DATE') expect(field.type.toString()).toBe('Date32<DAY>');
			if (type === 'VARCHAR') expect(field.type.toString()).toBe('Dictionary<Int32, Utf8>');
		}
		const expected = toPlainRows(await native.all(`SELECT * FROM ${name}`));
		expect(table.numRows).toBe(FIXTURE_ROW_COUNTS[name]);
		expect(arrowToPlainRows(table)).toEqual(expected);
	});

	it('keeps nulls, accents, dates and BIGINT above 2^31', async () => {
		const projets = arrowToPlainRows(tableFromIPC(await parquetToIpc('fnavdl_projets', parquetBytes('fnavdl_projets'))));
		expect(projets[0]).toMatchObject({ porteur: 'Association Été', siren_bailleur: null, date_menages_accompagnes: '2024-06-30' });
		expect(projets[1]).toMatchObject({ menages_acces: null, date_menages_accompagnes: null, financement_eur: 80000 });
		const enveloppes = arrowToPlainRows(tableFromIPC(await parquetToIpc('fnavdl_enveloppes', parquetBytes('fnavdl_enveloppes'))));
		expect(enveloppes[0]).toEqual({
			annee: 2024,
			code_departement: '59',
			enveloppe_eur: 3_000_000_000,
			dont_bailleurs_associations_eur: 1_500_000,
			dont_associations_eur: null
		});
		const reforme = arrowToPlainRows(tableFromIPC(await parquetToIpc('reforme', parquetBytes('reforme'))));
		expect(reforme.map((r) => [r.perimetre, r.cotation_active, r.date_premiere_cil])).toEqual([
			[true, true, '2016-03-01'],
			[false, null, null]
		]);
	});

	it('decodes DATE as day numbers, not Date objects', async () => {
		const { rows } = await decodeParquetRows(parquetBytes('stocks'));
		expect(rows[0].date).toBe(19813); // 2024-03-31
	});
});

describe('column builders', () => {
	it('accepts Date objects for DATE and numbers for BIGINT', () => {
		const dates = columnData('mois', 'DATE', [new Date('2024-02-01T00:00:00Z'), null]);
		expect([...dates.values]).toEqual([19754, 0]);
		expect(dates.nullCount).toBe(1);
		expect([...columnData('eur', 'BIGINT', [12, 5n]).values]).toEqual([12n, 5n]);
	});

	it('keeps the cents of a DOUBLE amount', () => {
		const euros = columnData('enveloppe_eur', 'DOUBLE', [164268.6, null]);
		expect([...euros.values]).toEqual([164268.6, 0]);
		expect(euros.nullCount).toBe(1);
	});

	it('names the column and the value on a type mismatch', () => {
		expect(() => columnData('attributions', 'INTEGER', [1, 'douze'])).toThrow(
			'colonne « attributions » : entier attendu, reçu string (douze)'
		);
		expect(() => columnData('perimetre', 'BOOLEAN', [1])).toThrow('colonne « perimetre » : booléen attendu, reçu number (1)');
	});

	it('reports contract columns missing from the file', () => {
		expect(() => extractToArrow('bailleurs', [{ siren: '1' }], ['siren'])).toThrow('colonne(s) absente(s) : nom, nom_court, type');
	});
});

describe('French errors naming the extract', () => {
	it('absent on an HTTP error', async () => {
		const notFound = async () => new Response('absent', { status: 404 });
		await expect(fetchExtractIpc('stocks', '/extraits/stocks.parquet', notFound)).rejects.toThrow(
			'Extrait « stocks » absent (HTTP 404).'
		);
	});

	it('illisible on a corrupt file', async () => {
		const corrupt = async () => new Response('ceci n’est pas du Parquet');
		const failure = fetchExtractIpc('attributions', '/extraits/attributions.parquet', corrupt);
		await expect(failure).rejects.toMatchObject({ name: 'ExtractError', extract: 'attributions' });
		await expect(failure).rejects.toThrow(/^Extrait « attributions » illisible : .+/);
	});

	it('illisible when the file is another extract', async () => {
		await expect(parquetToIpc('bailleurs', parquetBytes('stocks'))).rejects.toThrow(
			'Extrait « bailleurs » illisible : colonne(s) absente(s) : siren, nom, nom_court, type'
		);
	});
});

describe('plain values', () => {
	it('never lets a BigInt, Date or undefined through', () => {
		expect(toPlainValue(12n)).toBe(12);
		expect(toPlainValue(new Date('2022-04-30T00:00:00Z'))).toBe('2022-04-30');
		expect(toPlainValue(new Date('2022-04-30T10:30:00Z'))).toBe('2022-04-30T10:30:00.000Z');
		expect(toPlainValue(undefined)).toBeNull();
		expect(toPlainValue(false)).toBe(false);
	});
});

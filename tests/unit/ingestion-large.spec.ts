/**
 * Volume: a valid attributions file of 100 000 lines (1 000 000 with
 * PDALHPD_TEST_LONG=1, `npm run test:long`) goes through `npm run data` as a child
 * process; its peak memory is printed, only correctness is asserted. And a run killed
 * while it writes its new extracts leaves the previous ones intact.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync, rmSync, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeLargeAttributions, runCli } from '../fixtures/ingestion/large-lot';
import { copyValidLot, folderHashes, previousExtracts, removeTempDirs, run, tempDir, VALID_LOT } from '../fixtures/ingestion/lot';

const LONG = process.env.PDALHPD_TEST_LONG === '1';
const ROWS = LONG ? 1_000_000 : 100_000;

afterAll(removeTempDirs);

const lots = new Map<number, ReturnType<typeof makeLot>>();
/** The valid lot with a large attributions file, written once per size. */
function largeLot(rows: number) {
	if (!lots.has(rows)) lots.set(rows, makeLot(rows));
	return lots.get(rows)!;
}
async function makeLot(rows: number) {
	const input = copyValidLot();
	rmSync(join(input, 'attributions.csv'));
	return { input, ...(await writeLargeAttributions(input, rows)) };
}

describe('a large attributions file', () => {
	it(`ingests ${ROWS.toLocaleString('fr-FR')} lines and reports its peak memory`, { timeout: LONG ? 600_000 : 180_000 }, async () => {
		const { input, extractRows } = await largeLot(ROWS);
		const output = join(tempDir('large'), 'extracts');
		const result = await runCli(input, output);
		console.log(`npm run data, ${ROWS.toLocaleString('fr-FR')} lignes d’attributions : mémoire maximale ${result.peakMb ?? '?'} Mo`);
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`(${ROWS.toLocaleString('fr-FR')} lignes lues dans attributions.csv)`);
		const manifest = JSON.parse(readFileSync(join(output, 'manifest.json'), 'utf8'));
		expect(manifest.extracts.attributions.rows).toBe(extractRows);
	});
});

describe('a run killed while writing', () => {
	it('leaves the previous extracts intact, and the next run clears its unfinished folder', { timeout: 180_000 }, async () => {
		const { output, hashes: previous } = await previousExtracts('killed');
		const { input } = await largeLot(100_000);
		const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/data/cli.ts', '--input', input, '--output', output], { stdio: 'ignore' });
		// The hidden folder of the new extracts appears once every input is read and checked.
		const watcher = watch(dirname(output), (_event, name) => {
			if (name?.startsWith('.extracts.nouveau-')) child.kill('SIGKILL');
		});
		const [, signal] = (await once(child, 'exit')) as [number | null, string | null];
		watcher.close();
		expect(signal).toBe('SIGKILL');
		const unfinished = readdirSync(dirname(output)).filter((name) => name !== 'extracts');
		expect(unfinished).toEqual([`.extracts.nouveau-${child.pid}`]);
		expect(folderHashes(output)).toEqual(previous);

		expect((await run(VALID_LOT, output)).ok).toBe(true);
		expect(readdirSync(dirname(output))).toEqual(['extracts']);
		expect(existsSync(join(dirname(output), unfinished[0]))).toBe(false);
		expect(folderHashes(output)).toEqual(previous);
	});
});

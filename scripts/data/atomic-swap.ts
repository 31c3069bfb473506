/**
 * Replaces the output folder only once the new extracts are complete. They are written
 * into a hidden sibling folder (same file system, so renames are atomic); the swap is
 * two renames, and a run killed between them is repaired by the next run's
 * {@link recoverOutput}. Until the swap, the previous extracts are never touched.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const NEW_TAG = 'nouveau';
const OLD_TAG = 'ancien';

function sibling(output: string, tag: string, id: string): string {
	return join(dirname(output), `.${basename(output)}.${tag}-${id}`);
}

function siblingsTagged(output: string, tag: string): string[] {
	const parent = dirname(output);
	if (!existsSync(parent)) return [];
	const prefix = `.${basename(output)}.${tag}-`;
	return readdirSync(parent)
		.filter((name) => name.startsWith(prefix))
		.map((name) => join(parent, name));
}

/**
 * Undoes what an interrupted run left: restores the previous extracts if the run was
 * killed between the two renames, and deletes unfinished folders.
 */
export function recoverOutput(output: string): void {
	const old = siblingsTagged(output, OLD_TAG);
	if (!existsSync(output) && old.length > 0) renameSync(old[0], output);
	for (const leftover of [...siblingsTagged(output, NEW_TAG), ...siblingsTagged(output, OLD_TAG)]) {
		rmSync(leftover, { recursive: true, force: true });
	}
}

/** Creates the empty hidden folder the new extracts are written into. */
export function createNewFolder(output: string): string {
	const folder = sibling(output, NEW_TAG, String(process.pid));
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	return folder;
}

/** Puts `folder` in place of `output` and deletes the previous extracts. */
export function swapIn(folder: string, output: string): void {
	const old = sibling(output, OLD_TAG, String(process.pid));
	const hadOutput = existsSync(output);
	if (hadOutput) renameSync(output, old);
	renameSync(folder, output);
	if (hadOutput) rmSync(old, { recursive: true, force: true });
}

/** Deletes the hidden folder of a failed run. */
export function discardNewFolder(folder: string): void {
	rmSync(folder, { recursive: true, force: true });
}

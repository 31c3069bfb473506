/**
 * Writes the extracts and manifest.json into a hidden sibling of the output folder,
 * then swaps it in. Called only once every input table is valid.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRACT_NAMES, type ExtractName, type Manifest } from '../../src/lib/contract/extracts.ts';
import type { Cog } from '../lib/cog.ts';
import type { NativeDb } from '../lib/duckdb-native.ts';
import { createNewFolder, discardNewFolder, swapIn } from './atomic-swap.ts';
import { buildManifest, manifestText, readManifest } from './manifest.ts';
import type { Sources } from './sources.ts';
import { cogLabel } from './territoires.ts';
import { writeExtracts } from './write-parquet.ts';

/** Source text of each extract: sources.json for the inputs, the COG for territoires. */
function extractSources(inputSources: Sources, cog: Cog): Record<ExtractName, string> {
	const sources = {} as Record<ExtractName, string>;
	for (const name of EXTRACT_NAMES) {
		sources[name] =
			name === 'territoires'
				? `Code officiel géographique ${cogLabel(cog).slice(4)} (INSEE), via @etalab/decoupage-administratif ${cog.version}`
				: (inputSources.sources[name] ?? 'non précisée');
	}
	return sources;
}

/** Writes everything, swaps it in place of `output` and returns the manifest written. */
export async function writeOutput(output: string, db: NativeDb, inputSources: Sources, cog: Cog, now: Date): Promise<Manifest> {
	const folder = createNewFolder(output);
	try {
		const manifest = await buildManifest({
			db,
			dir: folder,
			rows: await writeExtracts(db, folder),
			sources: extractSources(inputSources, cog),
			demonstration: inputSources.demonstration,
			cog: { package: '@etalab/decoupage-administratif', version: cog.version },
			previous: readManifest(output),
			now
		});
		writeFileSync(join(folder, 'manifest.json'), manifestText(manifest));
		swapIn(folder, output);
		return manifest;
	} catch (error) {
		discardNewFolder(folder);
		throw error;
	}
}

/**
 * Where the extracts are at build time: `data/extracts/` of the project root, found by
 * walking up from the working directory (prerendering runs from the root, tests may not).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXTRACT_NAMES } from '../contract/extracts';

const PACKAGE_NAME = 'tableau-de-bord-pdalhpd';

/** The folder holding this project's package.json. Throws in French if none is found. */
export function projectRoot(from = process.cwd()): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const manifest = join(dir, 'package.json');
		if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === PACKAGE_NAME) return dir;
		if (dirname(dir) === dir) throw new Error(`Racine du projet ${PACKAGE_NAME} introuvable depuis ${from}.`);
	}
}

/**
 * Absolute path of the extracts the build reads: `data/extracts/`, or env `PDALHPD_EXTRACTS_DIR`
 * when set (a bailleur-scoped build points it at its pseudonymised extracts: scripts/build/cli.ts).
 */
export function extractsDir(): string {
	const override = process.env.PDALHPD_EXTRACTS_DIR?.trim();
	return override ? resolve(override) : join(projectRoot(), 'data', 'extracts');
}

/** Throws a French error if `dir` has no manifest.json (extracts never produced). */
export function assertExtractsExist(dir: string): void {
	if (!existsSync(join(dir, 'manifest.json'))) {
		throw new Error(`Extraits introuvables dans ${dir} : lancez d'abord \`npm run data\` (ou \`npm run demo-data\`).`);
	}
}

/** Throws a French error naming the extracts whose Parquet file is missing from `dir`. */
export function assertExtractsComplete(dir: string): void {
	assertExtractsExist(dir);
	const missing = EXTRACT_NAMES.filter((name) => !existsSync(join(dir, `${name}.parquet`)));
	if (missing.length > 0) {
		throw new Error(`Extraits absents de ${dir} : ${missing.join(', ')}. Relancez \`npm run data\`.`);
	}
}

/**
 * Scan of a diffusion build (« secret statistique »): fails when the published files could give
 * a count of fewer than `seuil` households.
 *
 * - No extract is shipped: no `.parquet` file (by name or by its `PAR1` magic bytes), nothing
 *   under `extraits/` but `manifest.json`.
 * - The data of every prerendered page (`__data.json`, the same data as inlined in its HTML)
 *   holding household counts carries the mark of `diffusePage` (src/lib/secret/page.ts), and none
 *   of its counts lies between 1 and `seuil − 1`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unflatten } from 'devalue';
import { CHAMPS_COMPTES } from '../../src/lib/secret/cellules.ts';
import { isPrimarySecret } from '../../src/lib/secret/suppression.ts';

export interface DiffusionScan {
	files: number;
	/** Extract files shipped (relative paths). */
	extraits: string[];
	/** Pages (`__data.json` paths) with household counts but without the diffusion mark. */
	nonDiffusees: string[];
	/** Counts under the threshold found in page data: file, JSON path, value. */
	comptes: { file: string; path: string; value: number }[];
}

export function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

/** The page data of a prerendered `__data.json` (its last data node), or null. */
export function pageData(json: string): Record<string, unknown> | null {
	const parsed = JSON.parse(json) as { nodes?: ({ type: string; data: unknown[] } | null)[] };
	const nodes = (parsed.nodes ?? []).filter((n): n is { type: string; data: unknown[] } => n?.type === 'data');
	const last = nodes.at(-1);
	return last ? (unflatten(last.data) as Record<string, unknown>) : null;
}

/** Every household count of `data`, with its path (`prioritaires.epci[3].realise`). */
export function comptesDe(data: unknown, path = ''): { path: string; value: number }[] {
	if (typeof data !== 'object' || data === null) return [];
	return Object.entries(data).flatMap(([key, value]) => {
		const here = Array.isArray(data) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
		if (typeof value === 'number' && (CHAMPS_COMPTES.has(key) || key === 'cumul' || key === 'cumulPrecedent')) return [{ path: here, value }];
		return comptesDe(value, here);
	});
}

const isParquet = (bytes: Buffer) => bytes.subarray(0, 4).toString('latin1') === 'PAR1';

/** Scans the build folder `dir` at threshold `seuil` (households). */
export function scanDiffusion(dir: string, seuil: number): DiffusionScan {
	const files = listFiles(dir);
	const scan: DiffusionScan = { files: files.length, extraits: [], nonDiffusees: [], comptes: [] };
	for (const file of files) {
		const bytes = readFileSync(join(dir, file));
		if (file.endsWith('.parquet') || isParquet(bytes) || (file.startsWith('extraits/') && file !== 'extraits/manifest.json')) scan.extraits.push(file);
		if (!file.endsWith('__data.json')) continue;
		const data = pageData(bytes.toString('utf8'));
		const comptes = comptesDe(data);
		if (comptes.length > 0 && !(data && 'secretStatistique' in data)) scan.nonDiffusees.push(file);
		for (const c of comptes) if (isPrimarySecret(c.value, seuil)) scan.comptes.push({ file, ...c });
	}
	return scan;
}

/** French lines describing what a scan found (empty when the build may be published). */
export function problemes(scan: DiffusionScan): string[] {
	return [
		...scan.extraits.map((f) => `Extrait publié : ${f}`),
		...scan.nonDiffusees.map((f) => `Données non soumises au secret statistique : ${f}`),
		...scan.comptes.map((c) => `Effectif inférieur au seuil : ${c.file} ${c.path} = ${c.value}`)
	];
}

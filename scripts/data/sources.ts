/**
 * `sources.json` of an input folder: who produced each table, and whether the lot is
 * a demonstration. `{ "demonstration": true, "sources": { "<table>": "<texte> " } }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issues } from './messages.ts';

export interface Sources {
	demonstration: boolean;
	/** French source text by input table name. */
	sources: Record<string, string>;
}

/** Reads `sources.json`; absent → not a demonstration, no sources (with a warning). */
export function readSources(dir: string, issues: Issues): Sources {
	const path = join(dir, 'sources.json');
	if (!existsSync(path)) {
		issues.warning({ file: 'sources.json' }, 'fichier absent ; les sources des tables resteront « non précisée ».');
		return { demonstration: false, sources: {} };
	}
	try {
		const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Sources>;
		const sources = Object.fromEntries(Object.entries(parsed.sources ?? {}).filter(([, text]) => typeof text === 'string'));
		return { demonstration: parsed.demonstration === true, sources };
	} catch (error) {
		issues.error({ file: 'sources.json' }, `JSON illisible (${(error as Error).message}).`);
		return { demonstration: false, sources: {} };
	}
}

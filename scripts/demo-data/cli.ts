/**
 * npm run demo-data -- [--output DIR] [--seed TEXT]
 * Writes the demonstration input files (default data/raw/demo) after the calibration check.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemoData } from './generate.ts';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

const output = option('output') ?? 'data/raw/demo';
const started = performance.now();
const files = await generateDemoData({ seed: option('seed') });
await mkdir(output, { recursive: true });
for (const [name, text] of files) {
	await writeFile(join(output, name), text, 'utf8');
	const lines = name.endsWith('.csv') ? `${text.split('\n').length - 2} lignes` : '';
	console.log(`${name.padEnd(24)} ${lines.padStart(14)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} Ko`);
}
console.log(`Calage vérifié (commission PDALHPD du 16 juin 2022). Fichiers écrits dans ${output} en ${((performance.now() - started) / 1000).toFixed(1)} s.`);

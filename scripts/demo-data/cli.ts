/**
 * npm run demo-data -- [--output DIR] [--seed TEXT]
 * Writes the demonstration input files (default data/raw/demo) after the calibration check.
 * npm run demo-data -- --scale national [--output DIR]
 * Writes a synthetic France as extracts partitioned by region (default data/national, git-ignored).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateDemoData } from './generate.ts';
import { generateNational } from './national/generate.ts';

function option(name: string): string | undefined {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : undefined;
}

const started = performance.now();
const scale = option('scale') ?? 'regional';
if (scale !== 'regional' && scale !== 'national') throw new Error(`Échelle inconnue : ${scale} (regional ou national)`);
if (scale === 'national') {
	const output = option('output') ?? 'data/national';
	const s = await generateNational(output);
	for (const r of s.regions) console.log(`${r.dossier.padEnd(12)} ${r.nom.padEnd(28)} ${String(r.lignes).padStart(8)} lignes ${(r.octets / 1024).toFixed(0).padStart(6)} Ko`);
	const total = s.regions.reduce((sum, r) => sum + r.octets, 0);
	console.log(`France synthétique : ${s.regions.length} régions, ${s.departements} départements, ${s.epci} EPCI, ${s.bailleurs} bailleurs, ${s.mois} mois ; ${(total / 1024).toFixed(0)} Ko d'extraits, écrits dans ${output} en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
	process.exit(0);
}
const output = option('output') ?? 'data/raw/demo';
const files = await generateDemoData({ seed: option('seed') });
await mkdir(output, { recursive: true });
for (const [name, text] of files) {
	await writeFile(join(output, name), text, 'utf8');
	const lines = name.endsWith('.csv') ? `${text.split('\n').length - 2} lignes` : '';
	console.log(`${name.padEnd(24)} ${lines.padStart(14)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(6)} Ko`);
}
console.log(`Calage vérifié (commission PDALHPD du 16 juin 2022). Fichiers écrits dans ${output} en ${((performance.now() - started) / 1000).toFixed(1)} s.`);

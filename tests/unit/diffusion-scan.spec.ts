import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'devalue';
import { problemes, scanDiffusion } from '../../scripts/diffusion/scan';
import { diffusionEnv } from '../../scripts/diffusion/build';

/** A prerendered `__data.json` as SvelteKit writes it: layout node, then page node (devalue). */
const dataJson = (page: unknown) => `{"type":"data","nodes":[{"type":"data","data":${stringify({ latestDate: '2022-12-31' })}},{"type":"data","data":${stringify(page)}}]}`;

describe('scan of a diffusion build', () => {
	it('reports extracts, undiffused pages and counts under the threshold, in French', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pdalhpd-scan-'));
		try {
			for (const sub of ['extraits', 'prioritaires', 'reforme', 'donnees']) mkdirSync(join(dir, sub));
			writeFileSync(join(dir, 'extraits', 'manifest.json'), '{}');
			writeFileSync(join(dir, 'extraits', 'stocks.csv'), 'menages\n3\n');
			writeFileSync(join(dir, 'extraits', 'data.bin'), 'PAR1....');
			writeFileSync(join(dir, 'prioritaires', '__data.json'), dataJson({ secretStatistique: { seuil: 11 }, epci: [{ code: 'a', realise: Number.NaN }, { code: 'b', realise: 4 }, { code: 'c', realise: 0 }] }));
			writeFileSync(join(dir, 'reforme', '__data.json'), dataJson({ reforme: { quartiles: [{ hors_qpv: 250 }] } }));
			writeFileSync(join(dir, 'donnees', '__data.json'), dataJson({ title: 'Données', extracts: [{ rows: 3 }] }));
			const scan = scanDiffusion(dir, 11);
			expect(scan.files).toBe(6);
			expect(problemes(scan)).toEqual([
				'Extrait publié : extraits/data.bin',
				'Extrait publié : extraits/stocks.csv',
				'Données non soumises au secret statistique : reforme/__data.json',
				'Effectif inférieur au seuil : prioritaires/__data.json epci[1].realise = 4'
			]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('builds with both switches, the server one and the one the browser sees', () => {
		expect(diffusionEnv({ PATH: '/bin' })).toEqual({ PATH: '/bin', PDALHPD_DIFFUSION: '1', PUBLIC_PDALHPD_DIFFUSION: '1' });
	});
});

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { purgeDsfr } from './scripts/styles/purge-dsfr.ts';

export default defineConfig({
	plugins: [sveltekit()],
	css: { postcss: { plugins: [purgeDsfr()] } },
	build: {
		// DSFR icons (~1 800 SVG in @gouvfr/dsfr utility CSS) stay files fetched on use: inlined, they made a 3 MB render-blocking CSS.
		assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined)
	},
	test: {
		include: ['tests/unit/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 60_000,
		// Native DuckDB and the ingestion are CPU-heavy: two cores on the CI machine.
		maxWorkers: 2
	}
});

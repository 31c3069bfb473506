import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/unit/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 60_000,
		// Native DuckDB and the ingestion are CPU-heavy: two cores on the CI machine.
		maxWorkers: 2
	}
});

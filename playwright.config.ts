import { defineConfig } from '@playwright/test';

/** Port of `vite preview`; set E2E_PORT to run two suites side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);

/** Browser tests run in Debian's Chromium against the production build (`vite preview`). */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	// Pages boot DuckDB-wasm (34 MB) after first paint: generous limits on a 2-core machine.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	webServer: {
		command: `npm run build && npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000
	}
});

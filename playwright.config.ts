import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Port of the test server; set E2E_PORT to run two suites side by side. */
const port = Number(process.env.E2E_PORT ?? 4173);
/** `npm run test:long` sets it: the long session and the hostile-extracts build run too. */
const long = process.env.PDALHPD_E2E_LONG === '1';
/** Output of tests/fixtures/hostile/build-hostile.ts (same path). */
const hostileBuildDir = join(tmpdir(), 'pdalhpd-build-hostile');
/** Tests that only `npm run test:long` runs (they need minutes or a build of their own). */
const LONG_TESTS = ['**/long.e2e.ts', '**/robustesse-build.e2e.ts'];
/** CI (.ci/run) sets a shorter long session (PDALHPD_LONG_INTERACTIONS): it joins the suite, on the same build. */
const shortSession = !long && process.env.PDALHPD_LONG_INTERACTIONS !== undefined;

/**
 * Browser tests run in Debian's Chromium against the production build, served by
 * scripts/serve/serve.ts with the site's Content-Security-Policy header (docs/deploiement.md):
 * a CSP violation is a console error, which fails every test (tests/e2e/helpers.ts).
 */
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	testIgnore: long ? [] : shortSession ? ['**/robustesse-build.e2e.ts'] : LONG_TESTS,
	// Pages boot DuckDB-wasm (34 MB) after first paint: generous limits on a 2-core machine.
	timeout: 120_000,
	expect: { timeout: 15_000 },
	workers: 2,
	// The HTML report keeps the screenshots the layout tests attach (tests/e2e/mise-en-page.e2e.ts).
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
		}
	},
	webServer: [
		// Started in order: the hostile build moves its output aside before the normal build.
		...(long
			? [
					{
						command: `npx tsx tests/fixtures/hostile/build-hostile.ts && npx tsx scripts/serve/serve.ts --root ${hostileBuildDir} --port ${port + 1}`,
						url: `http://127.0.0.1:${port + 1}`,
						reuseExistingServer: !process.env.CI,
						timeout: 400_000
					}
				]
			: []),
		{
			command: `npm run build && npx tsx scripts/serve/serve.ts --root build --port ${port}`,
			url: `http://127.0.0.1:${port}`,
			reuseExistingServer: !process.env.CI,
			timeout: 300_000
		}
	]
});

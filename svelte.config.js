import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES } from './scripts/serve/csp.js';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ fallback: undefined, strict: true }),
		prerender: {
			entries: ['*'],
			handleHttpError: 'fail',
			// A diffusion build publishes no prebuilt answer (src/lib/server/prebuilt.ts): that route then has no page. Any other unseen route fails.
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.every((route) => route === '/requetes/[cle].json')) return;
				throw new Error(message);
			}
		},
		// Each page's CSP in a meta tag, with the hash of its inline bootstrap script (docs/deploiement.md).
		csp: { mode: 'hash', directives: CSP_DIRECTIVES }
	}
};

export default config;

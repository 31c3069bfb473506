/**
 * A PostCSS plugin for Vite that keeps, in the DSFR stylesheet only (src/lib/styles/dsfr.css,
 * its modules already inlined), the rules whose classes our pages can use: those written in
 * src/ and the states the DSFR's own script toggles. The first paint then parses ≈ 100 KB of
 * rules instead of ≈ 390 KB. Component styles (Svelte) and maplibre's pass through untouched.
 */
import purgeCSSPlugin from '@fullhuman/postcss-purgecss';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'postcss';
import { globSync } from 'tinyglobby';

const TARGET = 'src/lib/styles/dsfr.css';

/** Where class names can come from: our markup and code, the documents published as pages. */
const CONTENT = ['src/**/*.svelte', 'src/**/*.ts', 'src/app.html', 'docs/*.md'];

/**
 * Classes the DSFR script adds at run time (`api.internals.ns.selector('collapsing')` → `fr-collapsing`)
 * and the disclosure states it builds as `<component>--expanded | --selected | --opened`.
 */
export function dsfrScriptClasses(script: string): string[] {
	return [...new Set([...script.matchAll(/ns(?:\.selector)?\('([a-z0-9_-]+)'\)/g)].map((m) => `fr-${m[1]}`))];
}

/** Custom properties of the DSFR our own styles read (`var(--background-alt-blue-france)` in a component). */
export function variablesUsed(sources: readonly string[]): string[] {
	return [...new Set(sources.flatMap((text) => [...text.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1])))];
}

/**
 * `variables` and every custom property their definitions in `css` read, transitively
 * (`--background-alt-blue-france: var(--blue-france-975-75)`): PurgeCSS keeps a safelisted
 * property but not the ones its value refers to.
 */
export function withReferencedVariables(variables: readonly string[], css: string): string[] {
	const references = new Map<string, Set<string>>();
	for (const [, name, value] of css.matchAll(/(--[a-z0-9-]+)\s*:([^;}]*)/g)) {
		const set = references.get(name) ?? new Set<string>();
		for (const [, used] of value.matchAll(/var\((--[a-z0-9-]+)/g)) set.add(used);
		references.set(name, set);
	}
	const kept = new Set<string>();
	const pending = [...variables];
	for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
		if (kept.has(name)) continue;
		kept.add(name);
		pending.push(...(references.get(name) ?? []));
	}
	return [...kept];
}

/** Elements written by the Markdown of docs/ (rendered at build time, not in any source file). */
const MARKDOWN_ELEMENTS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'pre', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr'];

export function purgeDsfr(): Plugin {
	const require = createRequire(import.meta.url);
	const script = readFileSync(require.resolve('@gouvfr/dsfr/dist/dsfr.module.min.js'), 'utf8');
	const core = readFileSync(require.resolve('@gouvfr/dsfr/dist/core/core.main.min.css'), 'utf8');
	const sources = globSync(CONTENT).map((file) => readFileSync(file, 'utf8'));
	const purge = purgeCSSPlugin({
		content: CONTENT,
		variables: true,
		keyframes: true,
		safelist: {
			standard: [...dsfrScriptClasses(script), ...MARKDOWN_ELEMENTS, /--(expanded|selected|opened)$/, ':root', 'html', 'body'],
			// States the script sets as attributes: keep every rule that tests them.
			greedy: [/aria-/, /data-fr-/, /inert/],
			variables: withReferencedVariables(variablesUsed(sources), core)
		},
		dynamicAttributes: ['aria-expanded', 'aria-selected', 'aria-current', 'aria-pressed', 'aria-hidden', 'aria-disabled', 'aria-invalid', 'open', 'inert', 'disabled', 'hidden']
	}) as Plugin;
	return {
		postcssPlugin: 'purge-dsfr',
		OnceExit(root, helpers) {
			const file = root.source?.input.file?.replaceAll('\\', '/') ?? '';
			if (file.endsWith(TARGET)) return purge.OnceExit?.(root, helpers);
		}
	};
}

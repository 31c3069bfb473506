import { describe, expect, it } from 'vitest';
import { preloadAsset } from '../../src/hooks.server';

describe('preloaded assets', () => {
	it('preloads JS, CSS and the three Marianne faces of the first screen only', () => {
		expect(preloadAsset({ type: 'js', path: '/_app/immutable/entry/start.X.js' })).toBe(true);
		expect(preloadAsset({ type: 'css', path: '/_app/immutable/assets/0.X.css' })).toBe(true);
		expect(preloadAsset({ type: 'font', path: '/_app/immutable/assets/Marianne-Regular.DfVWaL5x.woff2' })).toBe(true);
		expect(preloadAsset({ type: 'font', path: '/_app/immutable/assets/Marianne-Medium.6WdgLEI2.woff2' })).toBe(true);
		expect(preloadAsset({ type: 'font', path: '/_app/immutable/assets/Marianne-Bold.k5vwt-o4.woff2' })).toBe(true);
		expect(preloadAsset({ type: 'font', path: '/_app/immutable/assets/Marianne-Bold_Italic.DOSHTmgk.woff2' })).toBe(false);
		expect(preloadAsset({ type: 'font', path: '/_app/immutable/assets/Marianne-Bold.qWZo4sjP.woff' })).toBe(false);
		expect(preloadAsset({ type: 'font', path: '/_app/immutable/assets/Spectral-Regular.PmBQicsR.woff2' })).toBe(false);
		expect(preloadAsset({ type: 'asset', path: '/_app/immutable/assets/x.svg' })).toBe(false);
	});
});

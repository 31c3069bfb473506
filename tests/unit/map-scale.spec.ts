/** Colour classes of the choropleth: explicit breaks, a diverging scale centred on 100 %, French legend. */
import { describe, expect, it } from 'vitest';
import { classOf, divergingScale, legendClasses, thresholdScale, NULL_COLOR } from '../../src/lib/components/map/scale';
import { formatPercent, normalizeSpaces } from '../../src/lib/format';

const pct = (v: number) => normalizeSpaces(formatPercent(v));

describe('threshold scale around the legal 25 %', () => {
	const scale = thresholdScale([0.15, 0.2, 0.25, 0.3]);
	it('puts lower bounds in the upper class', () => {
		expect([0.07, 0.15, 0.249, 0.25, 0.42].map((v) => classOf(v, scale))).toEqual([0, 1, 2, 3, 4]);
		expect(classOf(null, scale)).toBeNull();
		expect(scale.colors).toHaveLength(5);
	});
	it('writes the legend with explicit breaks and a « non disponible » class', () => {
		const legend = legendClasses(scale, pct).map((c) => normalizeSpaces(c.label));
		expect(legend).toEqual(['moins de 15 %', 'de 15 % à moins de 20 %', 'de 20 % à moins de 25 %', 'de 25 % à moins de 30 %', '30 % et plus', 'non disponible']);
		expect(legendClasses(scale, pct).at(-1)?.color).toBe(NULL_COLOR);
	});
});

describe('diverging scale centred on 100 %', () => {
	const scale = divergingScale(1, [0.25, 0.5]);
	it('has symmetric breaks and as many classes under as over the centre', () => {
		expect(scale.breaks).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
		expect(scale.colors).toHaveLength(6);
		expect(scale.center).toBe(1);
		expect(classOf(0.99, scale)).toBe(2);
		expect(classOf(1, scale)).toBe(3);
	});
	it('refuses more than two steps each side', () => {
		expect(() => divergingScale(1, [0.1, 0.2, 0.3])).toThrow();
	});
});

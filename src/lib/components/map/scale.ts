/**
 * Colour classes of a choropleth: explicit breaks, one colour per class, and a
 * « non disponible » class for null values. Pure, so legends and tests share it.
 */

export interface ClassScale {
	/** Ascending breaks; class i holds values in [breaks[i-1], breaks[i]) — lower bounds included. */
	breaks: number[];
	/** breaks.length + 1 colours, lowest class first. */
	colors: string[];
	/** Value the classes diverge from (drawn in the legend); absent for a sequential scale. */
	center?: number;
}

/** Grey of the « non disponible » class. */
export const NULL_COLOR = '#d9d9d9';
export const NULL_LABEL = 'non disponible';

/** Sequential blues (DSFR « bleu France » family), light to dark, by number of classes (2 to 6). */
const SEQUENTIAL: Record<number, string[]> = {
	2: ['#cacafb', '#313178'],
	3: ['#e3e3fd', '#8585f6', '#313178'],
	4: ['#e3e3fd', '#8585f6', '#6a6af4', '#313178'],
	5: ['#e3e3fd', '#cacafb', '#8585f6', '#6a6af4', '#313178'],
	6: ['#e3e3fd', '#cacafb', '#8585f6', '#6a6af4', '#313178', '#1b1b35']
};
/** Diverging red → blue, lowest class first, up to 6 classes (3 each side). */
const DIVERGING = ['#b34000', '#ff9575', '#fcd7c8', '#c5dbf5', '#6a9fd9', '#0f3e8a'];

/** Sequential scale over explicit ascending breaks (1 to 5 breaks). */
export function thresholdScale(breaks: number[]): ClassScale {
	if (breaks.length < 1 || breaks.length > 5) throw new Error('1 à 5 seuils');
	return { breaks: [...breaks], colors: SEQUENTIAL[breaks.length + 1] };
}

/**
 * Diverging scale centred on `center`: `steps` breaks below and above it (1 to 2 each side),
 * e.g. divergingScale(1, [0.5, 0.75]) → breaks 0.5, 0.75, 1, 1.25, 1.5.
 * @param offsets distances from the centre, ascending
 */
export function divergingScale(center: number, offsets: number[]): ClassScale {
	if (offsets.length < 1 || offsets.length > 2) throw new Error('1 ou 2 écarts');
	const below = [...offsets].reverse().map((o) => center - o);
	const above = offsets.map((o) => center + o);
	const breaks = [...below, center, ...above];
	const half = offsets.length + 1;
	return { breaks, colors: [...DIVERGING.slice(3 - half, 3), ...DIVERGING.slice(3, 3 + half)], center };
}

/** Class index of a value, or null for a missing value. */
export function classOf(value: number | null | undefined, scale: ClassScale): number | null {
	if (value == null || Number.isNaN(value)) return null;
	let index = 0;
	while (index < scale.breaks.length && value >= scale.breaks[index]) index++;
	return index;
}

export interface LegendClass {
	color: string;
	/** French text of the class, e.g. « de 20 % à moins de 25 % ». */
	label: string;
	/** Class index, or null for the « non disponible » class. */
	index: number | null;
}

/** Legend entries, lowest class first, then « non disponible ». */
export function legendClasses(scale: ClassScale, format: (value: number) => string): LegendClass[] {
	const { breaks, colors } = scale;
	const classes = colors.map((color, i) => {
		const label =
			i === 0 ? `moins de ${format(breaks[0])}` : i === breaks.length ? `${format(breaks[i - 1])} et plus` : `de ${format(breaks[i - 1])} à moins de ${format(breaks[i])}`;
		return { color, label, index: i as number | null };
	});
	return [...classes, { color: NULL_COLOR, label: NULL_LABEL, index: null }];
}

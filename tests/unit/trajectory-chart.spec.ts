/**
 * The trajectory chart server-rendered: a point masked by the secret statistique (NaN, in a
 * diffusion build) leaves a gap in its line, never a « NaN » in an SVG path (a console error in
 * the browser, and a broken drawing), and reads « s » in the table.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import TrajectoryChart from '../../src/lib/components/charts/TrajectoryChart.svelte';
import { trajectoireCumulee } from '../../src/lib/views/trajectoire-points';

const rows = [1, 2, 3, 4, 5].flatMap((mois) => [
	{ annee: 2022, mois, realise: 10 },
	{ annee: 2021, mois, realise: 8 }
]);

function drawn(trajectoire: ReturnType<typeof trajectoireCumulee>) {
	const { body } = render(TrajectoryChart, { props: { trajectoire, territoire: 'Aisne', note: 'Source : démonstration.' } });
	return { body, paths: [...body.matchAll(/<path[^>]* d="([^"]*)"/g)].map((m) => m[1]) };
}

describe('TrajectoryChart', () => {
	it('draws the cumulated lines of the year, the year before and the objective', () => {
		const { paths, body } = drawn(trajectoireCumulee(rows, 2022, 5, 120));
		expect(paths.filter((d) => d !== '')).toHaveLength(3);
		expect(body).toContain('Attributions cumulées 2022');
		expect(body).toContain('>50<');
	});

	it('leaves a gap where a point is masked (NaN) and shows « s » in its cell', () => {
		const trajectoire = trajectoireCumulee(rows, 2022, 5, 120);
		trajectoire.points[1].cumul = NaN;
		trajectoire.points[1].cumulPrecedent = NaN;
		const { paths, body } = drawn(trajectoire);
		expect(paths.join(' ')).not.toContain('NaN');
		// The year's line restarts after the gap: two "M" (move) commands.
		const courante = paths.find((d) => (d.match(/M/g) ?? []).length === 2);
		expect(courante).toBeDefined();
		expect(body.replace(/<!--[^>]*-->/g, '')).toMatch(/<td[^>]*>s<\/td>/);
	});
});

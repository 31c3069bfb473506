/** What the bench measures: the pages whose first paint counts, and the shared links. */
import type { Permalink } from './permalink-run';

/** The home page, the commission's heart and a department's sheet (issue 15). */
export const PAINTED_PAGES = ['/', '/prioritaires', '/territoire/59'] as const;

/** Links a DDETS receives: a department at an earlier month, and the commission at that month. */
export const PERMALINKS: readonly Permalink[] = [
	{ path: '/prioritaires?date=2022-05-31&territoire=59', testId: 'prioritaires-date', text: 'Nord, au 31 mai 2022' },
	{ path: '/commission?date=2022-05-31', testId: 'commission-dates', text: 'Ménages prioritaires et FNAVDL : données au 31 mai 2022' }
];

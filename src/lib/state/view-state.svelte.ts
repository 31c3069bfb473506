import {
	parseViewQuery,
	toViewQuery,
	unknownValueMessage,
	isValidViewValue,
	VIEW_KEYS,
	type ViewParams
} from './view-query';

/** Pushes a new query string (e.g. `?date=2022-05-31`, or '' for the defaults) as a history entry. */
export type NavigateToQuery = (query: string) => Promise<void>;

/**
 * The view state of the page (date, territoire, bailleur) as runes, kept in sync
 * with the URL query: {@link set} pushes a history entry, {@link readFrom} follows the
 * URL (including back/forward). Read the URL in the browser only: prerendered
 * pages have no query at build time.
 */
export class ViewState {
	/** Month end `YYYY-MM-DD`. */
	date = $state('');
	/** '32', a department code or an EPCI SIREN. */
	territoire = $state('');
	/** A bailleur SIREN or ''. */
	bailleur = $state('');
	/** French messages for the rejected query values of the current URL (empty when all were valid). */
	errors = $state<string[]>([]);
	/** What moved the view last: the URL (a link, back or forward) or the reader's filters ({@link set}). */
	changedBy = $state<'url' | 'filtre'>('url');

	readonly defaults: ViewParams;
	readonly #navigate: NavigateToQuery;

	constructor(defaults: ViewParams, navigate: NavigateToQuery) {
		this.defaults = { ...defaults };
		this.#navigate = navigate;
		this.#assign(defaults);
	}

	/** Current values as a plain object (strings). */
	get params(): ViewParams {
		return { date: this.date, territoire: this.territoire, bailleur: this.bailleur };
	}

	/** Query string of the current view, '' at defaults; append it to internal links. */
	get query(): string {
		return toViewQuery(this.params, this.defaults);
	}

	/** Follows the URL: call with the page URL whenever it changes (browser only). */
	readFrom(url: URL): void {
		const { view, errors } = parseViewQuery(url.searchParams, this.defaults);
		if (toViewQuery(view, this.defaults) !== this.query) this.changedBy = 'url';
		this.#assign(view);
		this.errors = errors;
	}

	/**
	 * Changes some values and pushes the new URL. Rejected values leave the state
	 * unchanged and are reported in {@link errors}; returns whether the URL moved.
	 */
	async set(patch: Partial<ViewParams>): Promise<boolean> {
		const next = this.params;
		const errors: string[] = [];
		for (const key of VIEW_KEYS) {
			const value = patch[key];
			if (value === undefined) continue;
			if (isValidViewValue(key, value)) next[key] = value;
			else errors.push(unknownValueMessage(key, value));
		}
		this.errors = errors;
		const query = toViewQuery(next, this.defaults);
		if (query === this.query) return false;
		this.changedBy = 'filtre';
		this.#assign(next);
		await this.#navigate(query);
		return true;
	}

	#assign(view: ViewParams): void {
		this.date = view.date;
		this.territoire = view.territoire;
		this.bailleur = view.bailleur;
	}
}

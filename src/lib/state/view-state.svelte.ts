import { untrack } from 'svelte';
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
 * The address follows a filter change this long after it, once: the figures are drawn first.
 * Moving the URL costs SvelteKit a layout of the whole page (it saves the scroll position), which
 * must not delay the new view's frame; changes in a row (a month after another with the arrow
 * keys) make one history entry.
 */
export const URL_DELAY_MS = 150;

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
	readonly #urlDelayMs: number;
	/** The view of the URL last read (its query, '' at defaults) and its rejected values; null before the first. */
	#urlRead: string | null = null;
	/** The address waiting to be pushed, and its push. */
	#pending: { query: string; timer: ReturnType<typeof setTimeout>; done: Promise<void>; resolve: () => void } | null = null;

	constructor(defaults: ViewParams, navigate: NavigateToQuery, urlDelayMs = URL_DELAY_MS) {
		this.defaults = { ...defaults };
		this.#navigate = navigate;
		this.#urlDelayMs = urlDelayMs;
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

	/** The view `url` asks for (defaults for what it lacks or has malformed), without following it. */
	viewOf(url: URL): ViewParams {
		return parseViewQuery(url.searchParams, this.defaults).view;
	}

	/**
	 * Follows the URL: call with the page URL whenever it changes (browser only). Only a change of
	 * the URL's view counts (not of its fragment or table sorts): it wins over a filter's address
	 * still waiting to be pushed (back or forward in between). Reads no state: an effect calling
	 * it depends on the URL alone.
	 */
	readFrom(url: URL): void {
		const { view, errors } = parseViewQuery(url.searchParams, this.defaults);
		const urlView = toViewQuery(view, this.defaults);
		const read = `${urlView}|${errors.join('|')}`;
		if (read === this.#urlRead) return;
		this.#urlRead = read;
		this.#cancelPending();
		if (urlView !== untrack(() => this.query)) this.changedBy = 'url';
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
		await this.#pushLater(query);
		return true;
	}

	/** Resolves once the address says the current view (a filter's push done); at once when nothing waits. */
	whenUrlUpdated(): Promise<void> {
		return this.#pending?.done ?? Promise.resolve();
	}

	/** Pushes `query` URL_DELAY_MS from now, replacing a push still waiting. */
	#pushLater(query: string): Promise<void> {
		if (this.#pending) {
			clearTimeout(this.#pending.timer);
			this.#pending.query = query;
		} else {
			let resolve = () => {};
			const done = new Promise<void>((r) => (resolve = r));
			this.#pending = { query, timer: 0 as unknown as ReturnType<typeof setTimeout>, done, resolve };
		}
		const pending = this.#pending;
		pending.timer = setTimeout(() => {
			this.#pending = null;
			this.#navigate(pending.query).then(pending.resolve, pending.resolve);
		}, this.#urlDelayMs);
		return pending.done;
	}

	#cancelPending(): void {
		if (!this.#pending) return;
		clearTimeout(this.#pending.timer);
		this.#pending.resolve();
		this.#pending = null;
	}

	#assign(view: ViewParams): void {
		this.date = view.date;
		this.territoire = view.territoire;
		this.bailleur = view.bailleur;
	}
}

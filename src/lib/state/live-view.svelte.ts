/**
 * The data of a page that follows the URL view state: the prerendered data first, then,
 * whenever the view keys it depends on change, the result of `load` in the browser
 * (DuckDB-wasm). Only the latest load is kept: an older answer arriving late is dropped.
 */
import { untrack } from 'svelte';
import { messageOf } from '../db/errors';
import type { ViewState } from './view-state.svelte';
import type { ViewKey, ViewParams } from './view-query';

export interface LiveViewOptions {
	/** The view keys the data depends on (default: date and territoire). */
	keys?: readonly ViewKey[];
	/**
	 * Refuses a view before loading it: returns a French message (shown as the error, the
	 * data stays as it was) or null when the view can be loaded.
	 */
	check?: (params: ViewParams) => string | null;
}

/** The data shown and the params it was computed for (null data: nothing prerendered). */
export interface LiveViewStart<T> {
	data: T;
	/** Params of `data`; undefined when `data` is a placeholder to replace at once. */
	params?: Partial<ViewParams>;
}

/** A change that answers within this delay is not marked stale: the figures would flicker grey. */
export const STALE_MARK_DELAY_MS = 200;

export class LiveView<T> {
	/** The data of the latest completed load (or the prerendered data). */
	data = $state.raw() as T;
	/** A load is running. */
	loading = $state(false);
	/** French message of the latest failed or refused load; null otherwise. */
	error = $state<string | null>(null);
	/** The view (on the keys) of `data`; undefined when nothing was shown yet. */
	shown = $state.raw<Partial<ViewParams> | undefined>();
	/** The view the URL asks for, on the keys. */
	requested = $state.raw<Partial<ViewParams>>({});
	/**
	 * `data` is not the view the URL asks for (being computed, or refused), and the page says
	 * so: at once when the URL changed the view (a shared link, back or forward), after
	 * STALE_MARK_DELAY_MS when the reader moved a filter (most answers come well before).
	 */
	staleMarked = $state(false);

	#generation = 0;

	/** Call during component initialisation (it installs an effect). */
	constructor(view: ViewState, start: LiveViewStart<T>, load: (params: ViewParams) => Promise<T>, options: LiveViewOptions = {}) {
		const keys = options.keys ?? ['date', 'territoire'];
		const keyOf = (params: Partial<ViewParams>) => JSON.stringify(keys.map((k) => params[k] ?? null));
		const pick = (params: Partial<ViewParams>) => Object.fromEntries(keys.map((k) => [k, params[k]])) as Partial<ViewParams>;
		this.data = start.data;
		this.shown = start.params ? pick(start.params) : undefined;
		this.requested = pick(untrack(() => view.params));
		let shownKey = start.params ? keyOf(start.params) : null;

		// A shared link to another view: start computing it while the page hydrates. The effect
		// below runs once hydration is done; the query client then has its answers on their way.
		if (typeof location !== 'undefined') {
			const linked = view.viewOf(new URL(location.href));
			if (keyOf(linked) !== shownKey && !options.check?.(linked)) load(linked).catch(() => {});
		}

		// Mark the figures as another view's while they are; unmark as soon as they are the URL's.
		$effect(() => {
			const stale = this.shown === undefined || keyOf(this.shown) !== keyOf(this.requested);
			if (!stale) this.staleMarked = false;
			else if (untrack(() => view.changedBy) === 'url') this.staleMarked = true;
			else {
				const timer = setTimeout(() => (this.staleMarked = true), STALE_MARK_DELAY_MS);
				return () => clearTimeout(timer);
			}
		});

		// Effects run in the browser only: the prerendered HTML holds `start.data`.
		$effect(() => {
			const params = view.params;
			this.requested = pick(params);
			const key = keyOf(params);
			if (key === shownKey) return;
			shownKey = key;
			const generation = ++this.#generation;
			const refusal = options.check?.(params) ?? null;
			if (refusal) {
				this.error = refusal;
				this.loading = false;
				return;
			}
			this.loading = true;
			this.error = null;
			// Marks for the benchmark: where a filter change spends its time (queries vs the rest).
			const started = performance.now();
			load(params).then(
				(data) => {
					if (generation !== this.#generation) return;
					performance.measure('pdalhpd:view-load', { start: started });
					this.data = data;
					this.shown = pick(params);
					this.loading = false;
				},
				(error: unknown) => {
					if (generation !== this.#generation) return;
					this.error = messageOf(error);
					this.loading = false;
				}
			);
		});
	}
}

/** A `check` refusing the months absent from the extracts, in French. */
export function refuseMissingDate(dates: readonly string[], formatDate: (date: string) => string): LiveViewOptions['check'] {
	return (params) => (dates.includes(params.date) ? null : `Aucune donnée pour le mois choisi (${formatDate(params.date)}).`);
}

/** What a page knows of: its months, and the codes of its territories and bailleurs (as in its prerendered data). */
export interface KnownValues {
	dates: readonly string[];
	territoires: readonly string[];
	/** SIRENs; '' (all bailleurs) is always known. */
	bailleurs: readonly string[];
}

/**
 * A `check` refusing, in French, a month, a territory or a bailleur well-formed in the URL but
 * absent from the data (`territoire=999999999`): the page keeps its figures and says why.
 */
export function refuseUnknownView(known: KnownValues, formatDate: (date: string) => string): NonNullable<LiveViewOptions['check']> {
	const territoires = new Set(known.territoires);
	const bailleurs = new Set(known.bailleurs);
	const refuseDate = refuseMissingDate(known.dates, formatDate)!;
	return (params) => {
		if (!territoires.has(params.territoire)) return `Territoire inconnu : ${params.territoire}.`;
		if (params.bailleur !== '' && !bailleurs.has(params.bailleur)) return `Bailleur inconnu : ${params.bailleur}.`;
		return refuseDate(params);
	};
}

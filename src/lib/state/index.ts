/** URL view state: date, territoire, bailleur. */
export { ViewState, type NavigateToQuery } from './view-state.svelte';
export { getViewState, setViewState } from './context';
export {
	defaultView,
	isBailleur,
	isMonthEnd,
	isTerritoire,
	isValidViewValue,
	parseViewQuery,
	toViewQuery,
	unknownValueMessage,
	MAX_VALUE_LENGTH,
	VIEW_KEYS,
	type ParsedView,
	type ViewKey,
	type ViewParams
} from './view-query';
export { LiveView, refuseMissingDate, refuseUnknownView, type KnownValues, type LiveViewOptions, type LiveViewStart } from './live-view.svelte';

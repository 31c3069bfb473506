/** Reusable choropleth map of the region (EPCI or departments) and its colour scales. */
export { default as ChoroplethMap } from './ChoroplethMap.svelte';
export { default as MapLegend } from './MapLegend.svelte';
export { classOf, divergingScale, legendClasses, thresholdScale, NULL_COLOR, NULL_LABEL, type ClassScale, type LegendClass } from './scale';

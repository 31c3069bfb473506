/**
 * The value rules of the input files (French numbers, dates, months, years, lists,
 * oui / non): defined once in `src/lib/contract/values.ts`, shared with the browser;
 * re-exported here for the ingestion's modules.
 */
export * from '../../src/lib/contract/values.ts';

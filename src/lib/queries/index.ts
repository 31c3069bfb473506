/** The query layer: every figure of the site comes from one of these. */
export * from './query';
export * from './publics';
export * from './objectifs-realisation';
export * from './bailleurs-realisation';
export * from './attributions-epci';
export * from './dates';
export * from './fnavdl-couverture';

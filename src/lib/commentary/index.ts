/** French commentary bullets written from the figures (plain code, unit-tested on the June 2022 deck). */
export { accorde, compte, tendance, enTendance, sensDe, fourchette, liste, avecArticle, lieu, type Nom, type Sens } from './langue';
export { commentairePrioritaires } from './prioritaires';
export { commentaireLogementDAbord, type LogementDAbordCommentaireInput } from './logement-d-abord';
export { commentaireReforme, type ReformeCommentaireInput } from './reforme';
export { commentaireFnavdl, type FnavdlCommentaireInput } from './fnavdl';
export { commentairePartEpci, commentaireTauxEpci, QUART_LEGAL } from './epci';

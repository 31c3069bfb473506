/** The region of the extracts (the build's region: 32 for Hauts-de-France, 93 for a PACA extract). */
import { query, type Query } from './query';

export const regionDesExtraits = (): Query<{ code: string; nom: string }> =>
	query('region-des-extraits', "SELECT code, nom FROM territoires WHERE niveau = 'region'");

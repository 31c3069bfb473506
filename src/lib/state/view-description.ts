/**
 * A view in words, for the notice that says which figures are on screen while another view is
 * computed: « 31 décembre 2022, Hauts-de-France » / « 31 mai 2022, Nord, Amiens Habitat ».
 */
import { formatDate } from '../format/dates';
import type { ViewParams } from './view-query';

/** Names the page knows: territory code → name, bailleur SIREN → short name. */
export interface ViewNames {
	territoires?: Readonly<Record<string, string>>;
	bailleurs?: Readonly<Record<string, string>>;
}

/** The date, then the territory and the bailleur when the view has them (their codes when unnamed). */
export function describeView(view: Partial<ViewParams>, names: ViewNames = {}): string {
	const parts: string[] = [];
	if (view.date) parts.push(formatDate(view.date));
	if (view.territoire) parts.push(names.territoires?.[view.territoire] ?? view.territoire);
	if (view.bailleur) parts.push(names.bailleurs?.[view.bailleur] ?? view.bailleur);
	return parts.join(', ');
}

/** What LiveView says of the figures on screen: `{ affiche, demande }` in words while they are another view's, else null. */
export function staleNote(
	live: { staleMarked: boolean; shown: Partial<ViewParams> | undefined; requested: Partial<ViewParams> },
	names: ViewNames = {}
): { affiche: string; demande: string } | null {
	return live.staleMarked && live.shown ? { affiche: describeView(live.shown, names), demande: describeView(live.requested, names) } : null;
}

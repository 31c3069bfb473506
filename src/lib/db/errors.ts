/**
 * Errors of the browser engine, with French messages the pages can show as is.
 */
import type { TableName } from '../contract/extracts';

/** An extract that could not be loaded: only its table is unavailable, the others still answer. */
export class ExtractError extends Error {
	override name = 'ExtractError';
	constructor(
		/** The extract (table) concerned. */
		readonly extract: TableName,
		message: string
	) {
		super(message);
	}
}

/** `Extrait « attributions » absent (HTTP 404).` */
export function missingExtract(extract: TableName, httpStatus: number): ExtractError {
	return new ExtractError(extract, `Extrait « ${extract} » absent (HTTP ${httpStatus}).`);
}

/** `Extrait « attributions » illisible : <cause>` */
export function unreadableExtract(extract: TableName, cause: unknown): ExtractError {
	return new ExtractError(extract, `Extrait « ${extract} » illisible : ${messageOf(cause)}`);
}

/** True for errors a page should silently ignore (an aborted fetch). */
export function isAbortError(error: unknown): boolean {
	return error instanceof Error && error.name === 'AbortError';
}

/** The message of anything thrown (Error, string, worker error object). */
export function messageOf(error: unknown): string {
	if (error instanceof Error) return error.message;
	if (typeof error === 'object' && error !== null && 'message' in error) return String(error.message);
	return String(error);
}

/**
 * The name of a query's prebuilt answer (`/requetes/<key>.json`): a hash of its name, SQL text and
 * bound values, the same at build time (src/lib/server/prebuilt.ts) and in the browser. Two
 * 32-bit FNV-1a hashes with different offsets: 64 bits, no collision among a few thousand queries.
 */
import type { Query } from './query';

function fnv1a(text: string, offset: number): number {
	let hash = offset;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** 16 hexadecimal characters. */
export function prebuiltKey(query: Query<unknown>): string {
	const text = JSON.stringify([query.name, query.sql, query.params]);
	return [0x811c9dc5, 0x050c5d1f].map((offset) => fnv1a(text, offset).toString(16).padStart(8, '0')).join('');
}

/**
 * The main thread's side of extract-decode.worker.ts: `decode(name, url)` resolves with the table's
 * Arrow IPC stream, or rejects with the `ExtractError` the worker described.
 */
import type { TableName } from '../contract/extracts';
import { ExtractError } from './errors';

export interface ExtractDecoder {
	decode(name: TableName, url: string): Promise<Uint8Array>;
}

/** Starts the decoding worker (browser only). */
export function startExtractDecoder(): ExtractDecoder {
	const worker = new Worker(new URL('./extract-decode.worker.ts', import.meta.url), { type: 'module' });
	const pending = new Map<number, { name: TableName; resolve: (ipc: Uint8Array) => void; reject: (error: Error) => void }>();
	let next = 0;
	worker.onmessage = (event: MessageEvent<{ id: number; ipc?: Uint8Array; error?: string }>) => {
		const request = pending.get(event.data.id);
		if (!request) return;
		pending.delete(event.data.id);
		if (event.data.ipc) request.resolve(event.data.ipc);
		else request.reject(new ExtractError(request.name, event.data.error ?? `Extrait « ${request.name} » illisible.`));
	};
	return {
		decode(name, url) {
			const id = next++;
			return new Promise((resolve, reject) => {
				pending.set(id, { name, resolve, reject });
				worker.postMessage({ id, name, url });
			});
		}
	};
}

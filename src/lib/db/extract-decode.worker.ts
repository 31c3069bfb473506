/**
 * A worker that fetches extracts and decodes them (hyparquet, then Arrow IPC for DuckDB-wasm) off
 * the main thread: the page hydrates and draws meanwhile. One message per table, `{ id, name, url }`;
 * the answer `{ id, ipc }` transfers its buffer, `{ id, error }` carries the French message of an
 * `ExtractError` (`Extrait « x » absent (HTTP 404).`, `… illisible : …`).
 */
import type { TableName } from '../contract/extracts';
import { fetchExtractIpc } from './extract-decode';
import { messageOf } from './errors';

interface DecodeRequest {
	id: number;
	name: TableName;
	url: string;
}

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
	const { id, name, url } = event.data;
	try {
		const ipc = await fetchExtractIpc(name, url);
		(self as unknown as Worker).postMessage({ id, ipc }, [ipc.buffer]);
	} catch (error) {
		(self as unknown as Worker).postMessage({ id, error: messageOf(error) });
	}
};

/** Hands a file made in the page to the browser's download (no server round trip). */

/** MIME types of the files we write. */
export const MIME = {
	csv: 'text/csv;charset=utf-8',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	png: 'image/png',
	svg: 'image/svg+xml;charset=utf-8'
} as const;

/** Saves `content` as `fileName` through a temporary link (browser only). */
export function downloadFile(content: Blob | string | Uint8Array, fileName: string, type: string): void {
	const blob = content instanceof Blob ? content : new Blob([content as BlobPart], { type });
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has read the blob once the click is handled; free it on the next task.
	setTimeout(() => URL.revokeObjectURL(url), 0);
}

import type { ExportedFile } from '../../shared/contract';

/** Browser mode has no save dialog: the export is handed to the browser as a download. */
export function offerDownload(file: ExportedFile): void {
  const bytes = Uint8Array.from(atob(file.base64), (character) => character.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after the click's event loop turn; revoke it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

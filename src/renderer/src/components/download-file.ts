// Saves a file the core handed back (an export, a problems report) the way a browser saves a
// download: the desktop app and the browser host both get the system's usual download.
import type { BinaryDownload } from '../../../shared/backups'
import type { DownloadFile } from '../../../shared/contacts'

/** Lets the browser finish reading the blob before its address is given up. */
const revokeDelayMs = 60_000

export function saveDownload(file: DownloadFile): void {
  // The content is text; a Blob of a string is written as UTF-8, BOM included.
  saveBlob(new Blob([file.content], { type: file.mimeType }), file.fileName)
}

/** A binary file (the zip of everything), which crosses IPC and HTTP as base64. */
export function saveBinaryDownload(file: BinaryDownload): void {
  const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
  saveBlob(new Blob([bytes], { type: file.mimeType }), file.fileName)
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, revokeDelayMs)
}

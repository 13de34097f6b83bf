// Saves a file the core handed back (an export, a problems report) the way a browser saves a
// download: the desktop app and the browser host both get the system's usual download.
import type { DownloadFile } from '../../../shared/contacts'

/** Lets the browser finish reading the blob before its address is given up. */
const revokeDelayMs = 60_000

export function saveDownload(file: DownloadFile): void {
  // The content is text; a Blob of a string is written as UTF-8, BOM included.
  const blob = new Blob([file.content], { type: file.mimeType })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file.fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, revokeDelayMs)
}

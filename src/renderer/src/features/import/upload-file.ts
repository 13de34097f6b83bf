// Sends a chosen file to the core piece by piece: the API carries JSON, so each piece travels as
// base64, and a file of any size never has to sit in memory (or in one message) at once.
import type { ApiClient } from '../../api/client'

/** 1 MiB of file per call: about 1.4 MB of base64, well under the core's 4 MiB limit. */
export const uploadChunkSize = 1024 * 1024

/** Bytes per String.fromCharCode call: spreading a whole MiB of arguments would blow the stack. */
const charCodeBatch = 0x8000

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let start = 0; start < bytes.length; start += charCodeBatch) {
    parts.push(String.fromCharCode(...bytes.subarray(start, start + charCodeBatch)))
  }
  return btoa(parts.join(''))
}

/** The [start, end) byte ranges of a file of `size` bytes, in order. */
export function chunkRanges(
  size: number,
  chunkSize = uploadChunkSize,
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  for (let start = 0; start < size; start += chunkSize) {
    ranges.push({ start, end: Math.min(size, start + chunkSize) })
  }
  return ranges
}

interface UploadOptions {
  /** Called after each piece with the bytes the core has received so far. */
  onProgress: (sent: number) => void
  /** Stops between pieces, e.g. when the dialog is closed. */
  signal: AbortSignal
  chunkSize?: number
}

/** Creates the import and sends the file in order; resolves with the import's id. */
export async function uploadFile(
  api: Pick<ApiClient, 'call'>,
  file: File,
  { onProgress, signal, chunkSize = uploadChunkSize }: UploadOptions,
): Promise<string> {
  const { importId } = await api.call('imports.create', { fileName: file.name, size: file.size })
  for (const { start, end } of chunkRanges(file.size, chunkSize)) {
    signal.throwIfAborted()
    const bytes = new Uint8Array(await file.slice(start, end).arrayBuffer())
    await api.call('imports.appendChunk', { importId, offset: start, data: bytesToBase64(bytes) })
    onProgress(end)
  }
  signal.throwIfAborted()
  return importId
}

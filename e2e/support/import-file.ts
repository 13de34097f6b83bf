import { open } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ImportPreview, ImportProgress } from '../../src/shared/imports'
import { callHost } from './host-api'
import type { HostProcess } from './host-process'

/** 3 MiB of file per call: 4 MiB once in base64, under the contract's chunk limit. */
const chunkBytes = 3 * 1024 * 1024

/**
 * Uploads a file from disk in chunks and starts its import with the guessed mapping, as the
 * import dialog does, without waiting for it to end (a big file is read from disk a chunk at a
 * time, never whole).
 */
export async function startFileImport(
  host: HostProcess,
  path: string,
  /** Told after each chunk arrives: bytes sent so far and the file's size. */
  afterChunk?: (sent: number, size: number) => void,
): Promise<ImportProgress> {
  const file = await open(path)
  try {
    const { size } = await file.stat()
    const { importId } = await callHost<{ importId: string }>(host, 'imports.create', {
      fileName: basename(path),
      size,
    })
    const buffer = Buffer.alloc(chunkBytes)
    for (let offset = 0; offset < size;) {
      const { bytesRead } = await file.read(buffer, 0, chunkBytes, offset)
      await callHost(host, 'imports.appendChunk', {
        importId,
        offset,
        data: buffer.subarray(0, bytesRead).toString('base64'),
      })
      offset += bytesRead
      afterChunk?.(offset, size)
    }
    const preview = await callHost<ImportPreview>(host, 'imports.preview', { importId })
    return await callHost<ImportProgress>(host, 'imports.start', {
      importId,
      mapping: preview.mapping,
      consent: 'unknown',
    })
  } finally {
    await file.close()
  }
}

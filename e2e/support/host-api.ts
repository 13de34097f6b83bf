import type { ImportPreview, ImportReport } from '../../src/shared/imports'
import type { HostProcess } from './host-process'

/** Calls the host's API as the page does (token in the header), throwing on an error envelope. */
export async function callHost<T>(host: HostProcess, name: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  })
  const body = (await response.json()) as { ok: true; value: T } | { ok: false; error: unknown }
  if (!body.ok) throw new Error(`${name} failed: ${JSON.stringify(body.error)}`)
  return body.value
}

/**
 * Puts contacts into the book through the import calls, as the import dialog does (create → chunk
 * → preview → start) with the guessed mapping, and waits for the import to finish.
 */
export async function importCsv(
  host: HostProcess,
  csv: string,
  fileName = 'contacts.csv',
): Promise<ImportReport> {
  const bytes = Buffer.from(csv, 'utf8')
  const { importId } = await callHost<{ importId: string }>(host, 'imports.create', {
    fileName,
    size: bytes.length,
  })
  await callHost(host, 'imports.appendChunk', {
    importId,
    offset: 0,
    data: bytes.toString('base64'),
  })
  const preview = await callHost<ImportPreview>(host, 'imports.preview', { importId })
  await callHost(host, 'imports.start', { importId, mapping: preview.mapping, consent: 'unknown' })
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      return await callHost<ImportReport>(host, 'imports.report', { importId })
    } catch {
      // Not finished yet.
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  throw new Error(`The import of ${fileName} did not finish.`)
}

import { readFileSync } from 'node:fs'
import type { ImportPreview, ImportReport, MappingTarget } from '../../../shared/imports'
import type { Core } from '../create-core'
import { dispatch } from '../dispatch'

/** Calls the core as a shell would, throwing on an error envelope. */
export async function callCore<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, name, input, (e) => console.error(e))
  if (!result.ok) throw Object.assign(new Error(result.error.message), { error: result.error })
  return result.value as T
}

/** Uploads a file in small chunks and returns the preview, as the import dialog does. */
export async function uploadFile(core: Core, path: string, fileName = 'contacts.csv', chunk = 7) {
  const bytes = readFileSync(path)
  const { importId } = await callCore<{ importId: string }>(core, 'imports.create', {
    fileName,
    size: bytes.length,
  })
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    const data = bytes.subarray(offset, offset + chunk).toString('base64')
    await callCore(core, 'imports.appendChunk', { importId, offset, data })
  }
  return importId
}

export function waitForReport(core: Core, importId: string): Promise<ImportReport> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((message) => {
      if (message.name === 'imports.finished' && message.payload.importId === importId) {
        stop()
        resolve(message.payload)
      }
    })
  })
}

/** Upload, preview, start with the guessed (or given) mapping, and wait for the report. */
export async function importFile(
  core: Core,
  path: string,
  options: { consent?: 'granted' | 'unknown'; mapping?: MappingTarget[]; fileName?: string } = {},
): Promise<ImportReport> {
  const importId = await uploadFile(core, path, options.fileName, 4096)
  const preview = await callCore<ImportPreview>(core, 'imports.preview', { importId })
  const done = waitForReport(core, importId)
  await callCore(core, 'imports.start', {
    importId,
    mapping: options.mapping ?? preview.mapping,
    consent: options.consent ?? 'unknown',
  })
  return done
}

import { appendFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { invalidInput } from '../../errors'

/**
 * Removes the files a killed process left in `dir` ending in `suffix`. Its owner calls it once, at
 * creation, before anything can be uploaded: a kill between writing a file and recording it (or
 * while only memory knew of it) leaves a file nothing names, which would otherwise stay forever.
 */
export function removeLeftUploads(dir: string, suffix = '.upload'): void {
  // Only tidying: a file that cannot go now (Windows: held open by an antivirus) must not keep
  // the core from opening. It is tried again at the next start.
  const tidy = (what: string, step: () => void): void => {
    try {
      step()
    } catch (error) {
      console.warn(`Could not remove ${what}:`, error)
    }
  }
  tidy(`the files left in ${dir}`, () => {
    for (const name of readdirSync(dir)) {
      if (name.endsWith(suffix))
        tidy(join(dir, name), () => rmSync(join(dir, name), { force: true }))
    }
  })
}

/**
 * Files being uploaded, written chunk by chunk into the data folder, removed when done with. The
 * store owns its folder: files from before its creation are removed.
 */
export function createUploadStore(dir: string) {
  mkdirSync(dir, { recursive: true })
  removeLeftUploads(dir)
  const pathOf = (importId: string): string => join(dir, `${importId}.upload`)
  const sizeOf = (importId: string): number => {
    try {
      return statSync(pathOf(importId)).size
    } catch {
      return -1
    }
  }
  const expected = new Map<string, number>()
  return {
    pathOf,
    sizeOf,
    create(importId: string, size: number): void {
      writeFileSync(pathOf(importId), '')
      expected.set(importId, size)
    },
    /** Every byte announced has arrived: only then may the file be read. */
    isComplete: (importId: string): boolean => sizeOf(importId) === expected.get(importId),
    /** Chunks must come in order: a gap or an overlap would silently corrupt the file. */
    append(importId: string, offset: number, bytes: Buffer): number {
      const size = sizeOf(importId)
      if (size !== offset) {
        throw invalidInput('A piece of the file arrived out of order.', [
          { path: 'offset', message: `expected ${size}, got ${offset}` },
        ])
      }
      if (size + bytes.length > (expected.get(importId) ?? 0)) {
        throw invalidInput('More of the file arrived than was announced.', [
          { path: 'data', message: `announced ${String(expected.get(importId))} bytes` },
        ])
      }
      appendFileSync(pathOf(importId), bytes)
      return size + bytes.length
    },
    remove(importId: string): void {
      rmSync(pathOf(importId), { force: true })
      expected.delete(importId)
    },
  }
}
export type UploadStore = ReturnType<typeof createUploadStore>

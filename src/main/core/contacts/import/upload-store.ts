import { appendFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { invalidInput } from '../../errors'

/** Files being imported, written chunk by chunk into the data folder, removed when done with. */
export function createUploadStore(dir: string) {
  mkdirSync(dir, { recursive: true })
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

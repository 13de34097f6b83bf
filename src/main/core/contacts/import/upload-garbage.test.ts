// A big file arrives in chunks, each a string kept until a collection: once the last one is in,
// the core collects them, so they are not held through the file's whole import.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../db/open-database'
import { EventBus } from '../../event-bus'
import { useTempDir } from '../../test-support/temp-dir'
import { FakeClock } from '../../time/fake-clock'
import { createImportService } from './import-service'

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

describe('the chunks of an uploaded file', () => {
  const tempDir = useTempDir()

  function service() {
    const dataDir = join(tempDir(), 'data')
    const clock = new FakeClock()
    const { db } = openDatabase({ file: join(dataDir, 'rupor.db'), now: clock.now() })
    let collections = 0
    const imports = createImportService({
      db,
      clock,
      events: new EventBus(),
      dataDir,
      defaultCountry: () => 'RU',
      collectGarbage: () => (collections += 1),
    })
    /** Sends `size` bytes in chunks of `chunk`, saying how many collections followed each. */
    async function upload(size: number, chunk: number): Promise<number[]> {
      const { importId } = imports.create({ fileName: 'book.csv', size })
      const after: number[] = []
      for (let offset = 0; offset < size; offset += chunk) {
        const bytes = Buffer.alloc(Math.min(chunk, size - offset), 0x41)
        imports.appendChunk({ importId, offset, data: bytes.toString('base64') })
        await nextTurn()
        after.push(collections)
      }
      return after
    }
    return { upload, close: () => db.close() }
  }

  it('are collected once a big file is in, not before', async () => {
    const { upload, close } = service()
    const mb = 2 ** 20
    expect(await upload(12 * mb, 4 * mb)).toEqual([0, 0, 1])
    close()
  })

  it('of a small file are left to the usual collections', async () => {
    const { upload, close } = service()
    expect(await upload(300_000, 100_000)).toEqual([0, 0, 0])
    close()
  })
})

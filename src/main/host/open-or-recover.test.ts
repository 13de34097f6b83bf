import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { noteDamage } from '../core/db/damage-note'
import { describe, expect, it } from 'vitest'
import {
  optedOutIn,
  pagesOf,
  scribbleOverPages,
  writeShopDatabase,
} from '../core/test-support/damaged-database'
import { useTempDir } from '../core/test-support/temp-dir'
import { createTestCore } from '../core/test-support/test-core'
import { openOrRecover, type OpenOrRecoverOptions } from './open-or-recover'

const now = Date.UTC(2026, 0, 7, 9, 15, 0)

function options(dataDir: string, recover: OpenOrRecoverOptions['recover'], printed: string[]) {
  return {
    dataDir,
    recover,
    lang: 'en' as const,
    now: () => now,
    argv: ['node', 'out/main/host.js', '--data-dir', dataDir],
    print: (text: string) => printed.push(text),
  }
}

describe('the host opening a database that may be damaged', () => {
  const tempDir = useTempDir()

  it('never recovers a healthy database, even when asked to', async () => {
    const dataDir = tempDir()
    writeShopDatabase(join(dataDir, 'rupor.db'))
    const list = optedOutIn(join(dataDir, 'rupor.db'))
    const printed: string[] = []
    const core = await openOrRecover(
      () => createTestCore(dataDir).core,
      options(dataDir, 'empty-keeping-opt-outs', printed),
    )
    core.close()
    expect(printed).toEqual([
      'The database is not damaged: --recover was not needed and changed nothing.',
    ])
    expect(readdirSync(dataDir).filter((name) => name.includes('damaged'))).toEqual([])
    expect(optedOutIn(join(dataDir, 'rupor.db'))).toEqual(list)
  })

  it('stops on a damaged database without --recover, saying what to run, and changes nothing', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    writeShopDatabase(file, { contacts: 1000 })
    scribbleOverPages(file, pagesOf(file, 'contacts').slice(1, 3))
    // As the last run's check in the background found it (db/integrity-watch.ts).
    noteDamage(file, ['found by the last run’s check'])
    const files = readdirSync(dataDir)
    const attempt = () =>
      openOrRecover(() => createTestCore(dataDir).core, options(dataDir, undefined, []))
    await expect(attempt()).rejects.toThrow(/Start empty, keeping the opt-out list \(258 numbers\)/)
    await expect(attempt()).rejects.toThrow(
      `node out/main/host.js --data-dir ${dataDir} --recover empty-keeping-opt-outs`,
    )
    expect(readdirSync(dataDir)).toEqual(files)
  })

  it('recovers when asked, says what it did, and opens the result', async () => {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    writeShopDatabase(file, { contacts: 1000 })
    const list = optedOutIn(file)
    scribbleOverPages(file, pagesOf(file, 'contacts').slice(1, 3))
    // As the last run's check in the background found it (db/integrity-watch.ts).
    noteDamage(file, ['found by the last run’s check'])
    const printed: string[] = []
    const core = await openOrRecover(
      () => createTestCore(dataDir).core,
      options(dataDir, 'empty-keeping-opt-outs', printed),
    )
    core.close()
    expect(printed[0]).toMatch(/^Started an empty database\. The opt-out list holds 258 numbers\./)
    expect(optedOutIn(file)).toEqual(list)
  })
})

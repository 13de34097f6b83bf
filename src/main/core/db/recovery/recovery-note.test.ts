import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { noteDamage } from '../damage-note'
import {
  optedOutIn,
  pagesOf,
  scribbleOverPages,
  writeShopDatabase,
} from '../../test-support/damaged-database'
import { useTempDir } from '../../test-support/temp-dir'
import { createTestCore } from '../../test-support/test-core'
import { dropRecoveryNote, recoveryNoteFileOf, takeRecoveryNote } from './recovery-note'
import { recoveryDoneText } from './recovery-texts'
import { runRecovery } from './run-recovery'

const now = Date.UTC(2026, 0, 7, 9, 15, 0)

describe('the summary of a recovery, for the window', () => {
  const tempDir = useTempDir()

  function damagedShop(): string {
    const dataDir = tempDir()
    const file = join(dataDir, 'rupor.db')
    writeShopDatabase(file, { contacts: 1000 })
    scribbleOverPages(file, pagesOf(file, 'contacts').slice(1, 3))
    noteDamage(file, ['found by the last run’s check'])
    return dataDir
  }

  it('is given by the first core after the recovery, in both languages, and by no later one', async () => {
    const dataDir = damagedShop()
    const list = optedOutIn(join(dataDir, 'rupor.db'))
    const outcome = runRecovery('empty-keeping-opt-outs', { dataDir, now })

    const first = createTestCore(dataDir).core
    const info = await first.handlers['app.info']({})
    first.close()
    expect(info.recovered).toEqual({
      at: now,
      en: recoveryDoneText(outcome, 'en'),
      ru: recoveryDoneText(outcome, 'ru'),
    })
    expect(info.recovered?.en).toMatch(/^Started an empty database\./)
    expect(info.recovered?.en).toContain(`The opt-out list holds ${String(list.length)} numbers.`)
    expect(info.recovered?.ru).toMatch(/^Рупор начал с пустой базы\./)

    const next = createTestCore(dataDir).core
    const later = await next.handlers['app.info']({})
    next.close()
    expect(later.recovered).toBeUndefined()
  })

  it('is never given when no recovery ran', async () => {
    const core = createTestCore(tempDir()).core
    expect((await core.handlers['app.info']({})).recovered).toBeUndefined()
    core.close()
  })

  it('is dropped, not shown, when its note was cut short', async () => {
    const dataDir = tempDir()
    writeFileSync(recoveryNoteFileOf(dataDir), '{"at": 1, "ru": "Нач')
    const core = createTestCore(dataDir).core
    expect((await core.handlers['app.info']({})).recovered).toBeUndefined()
    core.close()
    expect(existsSync(recoveryNoteFileOf(dataDir))).toBe(false)
  })

  it('a summary that cannot be written does not fail the recovery: the next start opens the recovered file', async () => {
    const dataDir = damagedShop()
    // Where the note goes there is a folder with something in it: the rename cannot replace it.
    mkdirSync(join(recoveryNoteFileOf(dataDir), 'held'), { recursive: true })
    const outcome = runRecovery('empty-keeping-opt-outs', { dataDir, now })
    expect(outcome.keptAs).toBeTruthy()
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.partial'))).toEqual([])
    const core = createTestCore(dataDir).core
    const info = await core.handlers['app.info']({})
    core.close()
    expect(info.recovered).toBeUndefined()
    expect(info.databaseDamaged).toBe(false)
  })

  it('a note that cannot be deleted is still given once, without failing; seeing it deletes it', () => {
    const dataDir = damagedShop()
    runRecovery('empty-keeping-opt-outs', { dataDir, now })
    const logged: string[] = []
    const locked = () => {
      throw Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' })
    }
    const note = takeRecoveryNote(dataDir, (message) => logged.push(message), locked)
    expect(note?.at).toBe(now)
    expect(logged).toHaveLength(1)
    expect(existsSync(recoveryNoteFileOf(dataDir))).toBe(true)
    dropRecoveryNote(dataDir)
    expect(existsSync(recoveryNoteFileOf(dataDir))).toBe(false)
  })

  it('once closed in one window, no other window of the same run shows it', async () => {
    const dataDir = damagedShop()
    runRecovery('empty-keeping-opt-outs', { dataDir, now })
    const core = createTestCore(dataDir).core
    try {
      expect((await core.handlers['app.info']({})).recovered?.at).toBe(now)
      // Another summary's moment (a window left open from before) forgets nothing.
      expect(await core.handlers['app.recoverySeen']({ at: now - 1 })).toEqual({ seen: false })
      expect((await core.handlers['app.info']({})).recovered?.at).toBe(now)
      expect(await core.handlers['app.recoverySeen']({ at: now })).toEqual({ seen: true })
      // A window opened now (a new one from the Dock, another tab) reads no summary.
      expect((await core.handlers['app.info']({})).recovered).toBeUndefined()
    } finally {
      core.close()
    }
  })
})

import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { phoneListsChangedAfterCopy } from '../../backups/phone-lists-after-copy'
import { readPhoneList } from '../../phone-lists/phone-list-state'
import { pagesOf, scribbleOverHeader, scribbleOverPages } from '../../test-support/damaged-database'
import { useTempDir } from '../../test-support/temp-dir'
import { carrySalvagedSends } from './carry-salvaged-sends'
import { recoveryDoneText } from './recovery-texts'
import { salvageSendRecord } from './salvage-send-record'

describe('a recovery from a damaged file keeps what is on the phone', () => {
  const tempDir = useTempDir()

  /** The shop's phone lists changed after the copy, then the file was damaged by `damage`. */
  function recovered(damage: (file: string, lists: Record<string, number>) => void) {
    const dir = tempDir()
    const current = join(dir, 'rupor.db')
    const copyFile = join(dir, 'copy.db')
    const { lists, now } = phoneListsChangedAfterCopy(current, copyFile)
    damage(current, lists)
    const copy = new Sqlite(copyFile)
    copy.pragma('foreign_keys = ON')
    const carried = carrySalvagedSends(salvageSendRecord(current), copy, now)
    const names = (listId: number) => readPhoneList(copy, listId)?.onPhone.map((m) => m.name)
    return { lists, copy, carried, names }
  }

  it('carries the phone lists as they are now when their pages read', () => {
    const { lists, copy, carried, names } = recovered(pagesOfTable('contacts'))
    try {
      expect(carried.phoneListsForgotten).toEqual([])
      expect(names(lists.regulars)).toEqual(['Борис', 'Вера', 'Глеб'])
      expect(names(lists.wholesale)).toEqual(['Анна', 'Борис'])
      expect(readPhoneList(copy, lists.forgotten)).toBeNull()
      expect(names(lists.gone)).toEqual(['Вера', 'Глеб'])
    } finally {
      copy.close()
    }
  })

  it('forgets a phone list whose people cannot be read, rather than trust the older record', () => {
    const { lists, copy, carried } = recovered(pagesOfTable('phone_list_members'))
    try {
      // «Постоянные» in the copy still has Анна, who opted out since: it is not kept.
      expect(readPhoneList(copy, lists.regulars)).toBeNull()
      // Forgotten by the owner: that much the phone lists' own pages tell.
      expect(readPhoneList(copy, lists.forgotten)).toBeNull()
      expect(carried.phoneListsForgotten).toEqual(['Постоянные'])
      // What damage hid of the phone lists is said list by list, not as sends that could not be read.
      expect(carried.complete).toBe(true)
      const outcome = { keptAs: '/d/rupor.damaged.db', optOutsKept: 1, carried, restored: copyOf }
      expect(recoveryDoneText(outcome, 'en', 'UTC')).toContain(
        'The damaged file no longer tells who is on the broadcast list on the phone for “Постоянные”. Rupor no longer follows it,',
      )
      expect(recoveryDoneText(outcome, 'ru', 'UTC')).toContain(
        'По повреждённому файлу уже не понять, кто сейчас в рассылке на телефоне для списка «Постоянные». Рупор перестал за ней следить',
      )
    } finally {
      copy.close()
    }
  })

  it('reads a list whose row holds a value Rupor never writes as unknown, not as deleted', () => {
    // The page reads, but the list's creation time is garbage: the list cannot be matched, so it
    // counts as the copy's own, and what the phone has now is carried.
    const { lists, copy, names } = recovered((file, ids) => {
      const db = new Sqlite(file)
      db.prepare('UPDATE lists SET created_at = -1 WHERE id = ?').run(ids.regulars)
      db.close()
    })
    try {
      expect(names(lists.regulars)).toEqual(['Борис', 'Вера', 'Глеб'])
    } finally {
      copy.close()
    }
  })

  it('a phone list whose sender the copy refuses is left out alone; the rest is still carried', () => {
    const { lists, copy, carried, names } = recovered((file, ids) => {
      // After the copy a second number took «Опт»'s phone list; damage garbled that number's
      // limits where the page still reads (the copy's checks refuse it).
      const db = new Sqlite(file)
      db.pragma('ignore_check_constraints = ON')
      const sender = db
        .prepare(
          `INSERT INTO senders (label, phone, started_on, time_zone, sending_window, limits,
             warm_up, assisted_opener, created_at, updated_at)
           VALUES ('Второй', '+79990000001', '2024-01-01', 'Europe/Moscow', '{}', '{не json',
             '{}', 'wa_me', 1, 1)`,
        )
        .run().lastInsertRowid
      db.prepare('UPDATE phone_lists SET sender_id = ? WHERE list_id = ?').run(
        sender,
        ids.wholesale,
      )
      db.close()
    })
    try {
      expect(readPhoneList(copy, lists.wholesale)).toBeNull()
      expect(names(lists.regulars)).toEqual(['Борис', 'Вера', 'Глеб'])
      expect(carried.refused).toBeGreaterThan(0)
    } finally {
      copy.close()
    }
  })

  it('forgets every phone list when the damaged file cannot be read at all', () => {
    const { lists, copy, carried } = recovered(scribbleOverHeader)
    try {
      expect(readPhoneList(copy, lists.regulars)).toBeNull()
      expect(carried.phoneListsForgotten).toEqual(['Постоянные', 'Старый', 'Забытый'])
    } finally {
      copy.close()
    }
  })
})

const pagesOfTable = (table: string) => (file: string) =>
  scribbleOverPages(file, pagesOf(file, table))

const copyOf = {
  name: 'rupor-2026-12-01.db',
  takenAt: Date.UTC(2026, 11, 1),
  location: 'main' as const,
  folder: '/d/backups',
}

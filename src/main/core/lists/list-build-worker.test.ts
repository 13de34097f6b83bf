// A list build's one write runs in the import worker on its own connection: it makes exactly the
// lists the core's own write makes, the core's thread answers meanwhile, a write of the owner's
// waits for it and lands, and a worker killed mid-write leaves no list behind.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import type { ContactPage } from '../../../shared/contacts'
import type { ListDetail, ListSummary, ParsedListSelection } from '../../../shared/lists'
import { listFilterSchema } from '../../../shared/lists'
import { writeGoogleCsv } from '../../../../bench/make-google-csv'
import { sqliteModulePath } from '../db/background-check'
import { createRecipientCheck } from '../eligibility/recipient-check'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { callCore, importFile } from '../test-support/import-file'
import { FakeClock } from '../time/fake-clock'
import { createWriteGate } from '../write-gate/write-gate'
import { bookOf, person, selection, type Person } from './list-book-fixture'
import { createListsService } from './lists-service'
import type { ListBuildRun } from './run-list-build'
import { importWorkerSource } from '../contacts/import/import-worker-source'

const until = async (done: () => boolean): Promise<void> => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 1))
}

const parsedOf = (chosen: { filter: object } | { contactIds: number[] }): ParsedListSelection =>
  'filter' in chosen
    ? { filter: listFilterSchema.parse(chosen.filter) }
    : { contactIds: chosen.contactIds }

describe('a list build written by the import worker', () => {
  const tempDir = useTempDir()
  let files = 0

  /** The people as a book in a file (the worker opens it), with the lists service over it. */
  function fileBook(
    people: readonly Person[],
    broadcastWithoutConsent: boolean,
    source?: () => Promise<string>,
  ) {
    const file = join(tempDir(), `book-${String((files += 1))}.db`)
    const memory = bookOf(people)
    writeFileSync(file, memory.serialize())
    memory.close()
    const db = new Sqlite(file)
    db.pragma('journal_mode = WAL')
    const gate = createWriteGate(new FakeClock())
    const runs: ListBuildRun[] = []
    const lists = createListsService({
      db,
      clock: new FakeClock(1000),
      check: createRecipientCheck(
        db,
        () => ({ broadcastWithoutConsent }),
        () => 'RU',
      ),
      sliceSize: 3,
      gate,
      worker: {
        file,
        sqlite: sqliteModulePath(),
        nativeBinding: null,
        started: (run) => runs.push(run),
        ...(source ? { source } : {}),
      },
    })
    return { db, gate, lists, runs }
  }

  function atOnce(people: readonly Person[], broadcastWithoutConsent: boolean) {
    const db = bookOf(people)
    const lists = createListsService({
      db,
      clock: new FakeClock(1000),
      check: createRecipientCheck(
        db,
        () => ({ broadcastWithoutConsent }),
        () => 'RU',
      ),
    })
    return { db, lists }
  }

  /** Each list with its people in order, or the refusal's code. */
  async function outcome(
    lists: ReturnType<typeof createListsService>,
    built: () => ListSummary[] | Promise<ListSummary[]>,
  ) {
    try {
      return (await built()).map((summary) => ({
        ...summary,
        members: lists.get(summary.id).members.map((m) => m.contactId),
      }))
    } catch (error) {
      return { refused: (error as { code?: string }).code ?? String(error) }
    }
  }

  it('makes the same lists, with the same people in the same order, as the build at once', async () => {
    const warn = vi.spyOn(console, 'warn')
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(person, { minLength: 0, maxLength: 45 }),
          selection,
          fc.boolean(),
          fc.boolean(),
          async (people, chosen, onlyEligible, broadcastWithoutConsent) => {
            const off = fileBook(people, broadcastWithoutConsent)
            const here = atOnce(people, broadcastWithoutConsent)
            try {
              const input = {
                selection: parsedOf(chosen),
                onlyEligible,
                name: 'Все',
                description: '',
                split: true,
              }
              expect(await outcome(off.lists, () => off.lists.build(input))).toEqual(
                await outcome(here.lists, () => here.lists.buildAtOnce(input)),
              )
              // Written by the worker, not by the core's fallback.
              expect(off.runs).toHaveLength(1)
              expect(off.gate.isOpen()).toBe(true)
            } finally {
              off.db.close()
              here.db.close()
            }
          },
        ),
        { numRuns: 25 },
      )
      expect(warn).not.toHaveBeenCalled()
    } finally {
      warn.mockRestore()
    }
  }, 120_000)

  const everyoneMayGo: Person = {
    consent: 'granted',
    tagged: false,
    numbers: [{ kind: 'mobile', optedOut: false }],
    primary: 0,
  }
  const buildAll = (lists: ReturnType<typeof createListsService>) =>
    lists.build({
      selection: { filter: listFilterSchema.parse({}) },
      onlyEligible: true,
      name: 'Все',
      description: '',
      split: true,
    })

  it('leaves out whoever is opted out or deleted before the write, the worker re-checking', async () => {
    const { db, lists, runs } = fileBook(
      Array.from({ length: 30 }, () => everyoneMayGo),
      false,
    )
    try {
      const building = buildAll(lists)
      await new Promise((resolve) => setImmediate(resolve))
      const e164 = db.prepare('SELECT primary_phone FROM contacts WHERE id = 1').pluck().get()
      db.prepare(
        "INSERT INTO opt_outs (e164, created_at, source) VALUES (?, 1000, 'manual_entry')",
      ).run(e164)
      db.prepare('DELETE FROM contacts WHERE id = 2').run()
      const [list] = await building
      expect(runs).toHaveLength(1)
      const members = lists.get(list?.id ?? -1).members.map((m) => m.contactId)
      expect(members).not.toContain(1)
      expect(members).not.toContain(2)
      expect(members).toHaveLength(28)
    } finally {
      db.close()
    }
  })

  it('a worker that ends after its commit without its last word: the committed lists answer', async () => {
    // The real worker, ending its thread instead of saying what it built.
    const diesAfterCommit = async () =>
      `const threads = require('node:worker_threads')
       const post = threads.parentPort.postMessage.bind(threads.parentPort)
       threads.parentPort.postMessage = (message) =>
         message && message.kind === 'built' ? process.exit(3) : post(message)
       ${await importWorkerSource()}`
    const { db, gate, lists, runs } = fileBook(
      Array.from({ length: 600 }, () => everyoneMayGo),
      false,
      diesAfterCommit,
    )
    try {
      const built = await buildAll(lists)
      expect(runs).toHaveLength(1)
      expect(built.map((list) => list.name)).toEqual(['Все 1/3', 'Все 2/3', 'Все 3/3'])
      const members = built.map((list) => lists.get(list.id).members.length)
      expect(members.reduce((sum, n) => sum + n, 0)).toBe(600)
      expect(gate.isOpen()).toBe(true)
    } finally {
      db.close()
    }
  }, 60_000)

  it('a worker killed during the write leaves no list behind, and the gate opens', async () => {
    const { db, gate, lists, runs } = fileBook(
      Array.from({ length: 20_000 }, () => everyoneMayGo),
      false,
    )
    try {
      const building = buildAll(lists)
      await until(() => gate.closed())
      await runs[0]?.terminate()
      await expect(building).rejects.toThrow(/worker stopped/)
      expect(db.prepare('SELECT count(*) FROM lists').pluck().get()).toBe(0)
      expect(db.prepare('SELECT count(*) FROM list_members').pluck().get()).toBe(0)
      expect(gate.isOpen()).toBe(true)
      expect(await lists.all()).toEqual([])
    } finally {
      db.close()
    }
  }, 60_000)

  it('a close before the write ends the worker unasked: a clear error, no list, the gate open', async () => {
    const { db, gate, lists, runs } = fileBook(
      Array.from({ length: 30 }, () => everyoneMayGo),
      false,
    )
    try {
      const building = buildAll(lists)
      await until(() => runs.length === 1)
      await lists.close()
      await expect(building).rejects.toThrow(/closed before the list was written/)
      expect(lists.building()).toBe(false)
      expect(gate.isOpen()).toBe(true)
      expect(db.prepare('SELECT count(*) FROM lists').pluck().get()).toBe(0)
      // Closing: no build starts.
      await expect(buildAll(lists)).rejects.toThrow(/closed before the list was written/)
      expect(runs).toHaveLength(1)
    } finally {
      db.close()
    }
  })

  it('core.close() during the write: closed() waits for the worker, the book has the whole build', async () => {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    const csv = join(dir, 'book.csv')
    await writeGoogleCsv(csv, 20_000, 11)
    expect((await importFile(core, csv, { consent: 'granted' })).status).toBe('finished')
    const total = (await callCore<ContactPage>(core, 'contacts.query', { limit: 1 })).total
    const building = callCore<ListSummary[]>(core, 'lists.build', {
      selection: { filter: {} },
      onlyEligible: false,
      name: 'Все',
      split: true,
    })
    await until(() => core.writeGate.closed())
    core.close()
    await core.closed()
    expect(core.writeGate.closed()).toBe(false)
    // The caller has its lists: the write was let finish, then counted before the file closed.
    const built = await building
    expect(built.reduce((sum, list) => sum + list.size, 0)).toBe(total)
    const file = new Sqlite(join(dir, 'data', 'rupor.db'), { readonly: true })
    try {
      expect(file.prepare('SELECT count(*) FROM list_members').pluck().get()).toBe(total)
      expect(file.prepare('SELECT count(*) FROM lists').pluck().get()).toBe(built.length)
    } finally {
      file.close()
    }
  }, 120_000)

  it('through the core: cheap calls answer during the write, an opt-out waits for it and lands', async () => {
    const dir = tempDir()
    const { core } = createTestCore(join(dir, 'data'))
    try {
      const csv = join(dir, 'book.csv')
      await writeGoogleCsv(csv, 20_000, 11)
      expect((await importFile(core, csv, { consent: 'granted' })).status).toBe('finished')
      const page = await callCore<ContactPage>(core, 'contacts.query', { limit: 1 })
      const someone = page.rows[0]
      expect(page.total).toBeGreaterThan(10_000)
      const building = callCore<ListSummary[]>(core, 'lists.build', {
        selection: { filter: {} },
        onlyEligible: false,
        name: 'Все',
        split: true,
      })
      await until(() => core.writeGate.closed())
      // Reads answer while the worker holds the write lock.
      await callCore(core, 'settings.get', {})
      await callCore(core, 'contacts.query', { limit: 50 })
      expect(core.writeGate.closed()).toBe(true)
      // A write waits for the gate, then lands.
      let optedOut = false
      const optOut = callCore(core, 'optOuts.addNumbers', {
        text: someone?.primaryPhone ?? '',
      }).then(() => {
        optedOut = true
      })
      await new Promise((resolve) => setTimeout(resolve, 1))
      if (core.writeGate.closed()) expect(optedOut).toBe(false)
      const built = await building
      await optOut
      expect(optedOut).toBe(true)
      expect(built.reduce((sum, list) => sum + list.size, 0)).toBe(page.total)
      // Built before the opt-out landed: the person is in a list, shown as not to be messaged.
      const holding = built.map((l) => callCore<ListDetail>(core, 'lists.get', { id: l.id }))
      const member = (await Promise.all(holding))
        .flatMap((l) => l.members)
        .find((m) => m.contactId === someone?.id)
      expect(member?.eligible).toBe(false)
      expect(member?.reasons).toContain('opted_out')
    } finally {
      core.close()
    }
  }, 120_000)
})

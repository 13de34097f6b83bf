import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { DownloadFile } from '../../../shared/contacts'
import type { Eligibility, ExclusionReason, ReasonCounts } from '../../../shared/eligibility'
import type { Language } from '../../../shared/settings'
import {
  listCapacity,
  listMinimum,
  type AddMembersOutcome,
  type ListDetail,
  type ListFilter,
  type ListMember,
  type ListPlan,
  type listBuildSchema,
  type listCreateSchema,
  type ParsedListSelection,
  type ListSummary,
  type listUpdateSchema,
} from '../../../shared/lists'
import { importWorkerSource, workerBook } from '../contacts/import/import-worker-source'
import {
  recipientColumns,
  recipientColumnsAtOnce,
  type RecipientCheck,
  type RecipientRow,
} from '../eligibility/recipient-check'
import { downloadName } from '../download-name'
import { CoreError, listFull, listTooSmall, notFound, storageFailure } from '../errors'
import { nextTurn } from '../export/next-turn'
import type { Clock } from '../time/clock'
import { listToCsv, listToVcards, type ExportedMember } from './list-export'
import { contactIdsMatching, registerFold } from './list-filter'
import { sameJudgement } from './same-judgement'
import { selectionSlices, type Where } from './list-slices'
import { partNames, splitEvenly } from './split-evenly'
import type { WriteGate } from '../write-gate/write-gate'
import {
  assertNameFree as nameFreeIn,
  createBuildTables,
  dropBuildTables,
  insertNewList as insertListIn,
  nameKeyOf,
  pickInto as pickIntoIn,
  placeableKinds,
  writeBuild,
  type BuildSpec,
} from './build-write'
import { ListBuildWorkerDidNotStart, runListBuild, type ListBuildRun } from './run-list-build'

type ListCreate = z.output<typeof listCreateSchema>
type ListUpdate = z.output<typeof listUpdateSchema>
/** With «Выбрать всё» already turned into ids by the core. */
type ListBuild = Omit<z.output<typeof listBuildSchema>, 'selection'> & {
  selection: ParsedListSelection
}

interface ListRow {
  id: number
  name: string
  description: string
  filter: string | null
  created_at: number
  updated_at: number
}
interface MemberRow extends RecipientRow {
  list_id: number
  contact_id: number
  added_at: number
  name: string
  first_name: string
  middle_name: string
  last_name: string
}
interface CandidateRow extends RecipientRow {
  id: number
}

const memberSql = `
  SELECT m.list_id, m.contact_id, m.added_at, c.name, c.first_name, c.middle_name, c.last_name, ${recipientColumns}
  FROM list_members m JOIN contacts c ON c.id = m.contact_id`

const countReason = (counts: ReasonCounts, reason: ExclusionReason, n = 1): void => {
  counts[reason] = (counts[reason] ?? 0) + n
}

interface ListCounts {
  size: number
  eligible: number
  excluded: ReasonCounts
}
type FactCount = RecipientRow & { n: number }

/** The facts columns grouped: the number itself never changes a verdict, only whether there is one. */
const groupedFacts = `CASE WHEN r_e164 IS NULL THEN NULL ELSE '' END AS r_e164, r_kind, r_has_numbers,
  r_opted_out, r_consent, count(*) AS n`

/** Long work over the book reads this many contact ids (or lists) per statement, a turn between. */
const contactsPerSlice = 10_000
let buildTables = 0

/** Where the import worker opens the book to write a build's lists (it also builds lists). */
export interface ListBuildWorkerOptions {
  file: string
  /** better-sqlite3's entry (sqliteModulePath()) and its binary, when the shell gives one. */
  sqlite: string
  nativeBinding: string | null
  /** The worker's program; by default importWorkerSource() (tests: one that cannot start). */
  source?: () => Promise<string>
  /** Tests: the run just started (to kill it). */
  started?: (run: ListBuildRun) => void
}

/**
 * Broadcast lists: 2 to 256 people from the book. The cap is kept here for every caller (and by
 * the database underneath); who may be messaged is asked of the recipient check each time a list
 * is shown, so an opt-out made after a list was built shows at once, with its reason.
 */
export function createListsService(options: {
  db: Database
  clock: Clock
  check: RecipientCheck
  /** Contact ids per statement in the long reads (tests make it small to see the turns). */
  sliceSize?: number
  /** The core's writes wait on it while another connection writes (a build's write waits too). */
  gate?: WriteGate
  /** Absent: a build's write runs on the core's thread (blocking it while it writes). */
  worker?: ListBuildWorkerOptions
  /** A copy is being restored: a build is refused (it would be written into the file swapped out). */
  refuseStart?: () => boolean
}) {
  const { db, clock, check } = options
  // Builds in flight, each settling once it has answered (a close waits for them).
  const building = new Set<Promise<unknown>>()
  // Workers started and not yet asked to write (a close ends them: nothing written).
  const unwritten = new Set<ListBuildRun>()
  let closing = false
  const isClosing = (): boolean => closing
  const closedMidBuild = (): Error =>
    new Error('Rupor closed before the list was written: nothing was saved. Build it again.')
  const sliceSize = options.sliceSize ?? contactsPerSlice
  // Lists hold at most 256: about as many members per statement as contacts elsewhere.
  const listsPerSlice = Math.max(1, Math.floor(sliceSize / listCapacity))
  registerFold(db)

  const listRow = db.prepare<[number], ListRow>('SELECT * FROM lists WHERE id = ?')
  const allListRows = db.prepare<[], ListRow>('SELECT * FROM lists ORDER BY name_key, id')
  const membersOf = db.prepare<[number], MemberRow>(
    `${memberSql} WHERE m.list_id = ? ORDER BY m.position`,
  )
  const allMembers = db.prepare<[], MemberRow>(`${memberSql} ORDER BY m.list_id, m.position`)
  const sizeOf = db.prepare<[number], { n: number }>(
    'SELECT count(*) AS n FROM list_members WHERE list_id = ?',
  )
  const nextPosition = db.prepare<[number], { p: number }>(
    'SELECT coalesce(max(position), -1) + 1 AS p FROM list_members WHERE list_id = ?',
  )
  const insertMember = db.prepare<[number, number, number, number]>(
    'INSERT INTO list_members (list_id, contact_id, position, added_at) VALUES (?, ?, ?, ?)',
  )
  const isMember = db.prepare<[number, number], { n: number }>(
    'SELECT 1 AS n FROM list_members WHERE list_id = ? AND contact_id = ?',
  )
  const touch = db.prepare<[number, number]>('UPDATE lists SET updated_at = ? WHERE id = ?')
  const lastOptOutEvent = db
    .prepare<[], number | null>('SELECT max(id) FROM opt_out_events')
    .pluck()
  /** Existing contacts among the given ids, with their facts, in the book's name order. */
  const candidatesOf = db.prepare<[string], CandidateRow>(
    `SELECT c.id, ${recipientColumns} FROM contacts c
     WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.sort_key, c.id`,
  )

  const requireList = (id: number): ListRow => {
    const row = listRow.get(id)
    if (!row) throw notFound(`There is no list ${String(id)}.`)
    return row
  }
  const assertNameFree = (name: string, exceptId?: number): void => nameFreeIn(db, name, exceptId)

  const toMember = (row: MemberRow, judge: (row: RecipientRow) => Eligibility): ExportedMember => {
    const eligibility = judge(row)
    return {
      contactId: row.contact_id,
      name: row.name,
      firstName: row.first_name,
      middleName: row.middle_name,
      lastName: row.last_name,
      e164: eligibility.e164,
      consent: row.r_consent,
      eligible: eligibility.eligible,
      reasons: eligibility.eligible ? [] : eligibility.reasons,
      addedAt: row.added_at,
    }
  }

  const countsOf = (members: readonly ListMember[]): ListCounts => {
    const excluded: ReasonCounts = {}
    let eligible = 0
    for (const m of members) {
      const main = m.reasons[0]
      if (main === undefined) eligible += 1
      else countReason(excluded, main)
    }
    return { size: members.length, eligible, excluded }
  }
  const summaryOf = (row: ListRow, members: readonly ListMember[]): ListSummary =>
    summaryFrom(row, countsOf(members))
  const summaryFrom = (row: ListRow, { size, eligible, excluded }: ListCounts): ListSummary => {
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      size,
      eligible,
      excluded,
      filter: row.filter ? (JSON.parse(row.filter) as ListFilter) : null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    }
  }

  function detail(id: number): ListSummary & { members: ExportedMember[] } {
    const row = requireList(id)
    const judge = check.rowJudge()
    const members = membersOf.all(id).map((m) => toMember(m, judge))
    return { ...summaryOf(row, members), members }
  }

  /** Adds in the given order; refuses the whole call if the list would pass 256. */
  function addIds(
    id: number,
    ids: readonly number[],
    now: number,
  ): { added: number; alreadyIn: number } {
    const fresh = [...new Set(ids)].filter((contactId) => !isMember.get(id, contactId))
    const size = sizeOf.get(id)?.n ?? 0
    if (size + fresh.length > listCapacity) throw listFull(size, fresh.length)
    let position = nextPosition.get(id)?.p ?? 0
    for (const contactId of fresh) insertMember.run(id, contactId, position++, now)
    if (fresh.length > 0) touch.run(now, id)
    return { added: fresh.length, alreadyIn: ids.length - fresh.length }
  }

  /**
   * The selection's people counted by their facts, in SQLite: a plan needs how many of each kind
   * there are, not who (on a 100 000-contact book, reading each person into JavaScript was most of
   * its second). Each kind is judged by the same rule as one person; the number itself does not
   * change the verdict, only whether there is one.
   */
  async function factCounts(selection: ParsedListSelection): Promise<FactCount[]> {
    // In slices of contact ids with a turn between: one statement over a 100 000-contact book
    // held the core's thread for over 100 ms. The counts add up to the same totals.
    const merged = new Map<string, FactCount>()
    for (const where of selectionSlices(db, selection, sliceSize)) {
      const rows = db
        .prepare<unknown[], FactCount>(
          `SELECT ${groupedFacts}
           FROM (SELECT ${recipientColumnsAtOnce} FROM contacts c ${where.sql})
           GROUP BY 1, 2, 3, 4, 5`,
        )
        .all(...where.params)
      for (const { n, ...facts } of rows) {
        const key = JSON.stringify(facts)
        const seen = merged.get(key)
        if (seen) seen.n += n
        else merged.set(key, { ...facts, n })
      }
      await nextTurn()
    }
    return [...merged.values()]
  }

  /** Each list's size and eligible counts, counted by facts in SQLite rather than person by person. */
  const factCountsByList = db.prepare<[string], FactCount & { list_id: number }>(
    `SELECT list_id, ${groupedFacts}
     FROM (SELECT m.list_id, ${recipientColumnsAtOnce}
           FROM list_members m JOIN contacts c ON c.id = m.contact_id
           WHERE m.list_id IN (SELECT value FROM json_each(?)))
     GROUP BY 1, 2, 3, 4, 5, 6`,
  )
  function countLists(
    listIds: readonly number[],
    judge: (row: RecipientRow) => Eligibility,
    into: Map<number, ListCounts>,
  ): void {
    for (const id of listIds) into.set(id, { size: 0, eligible: 0, excluded: {} })
    for (const { list_id, n, ...facts } of factCountsByList.all(JSON.stringify(listIds))) {
      const counts = into.get(list_id)
      if (!counts) continue
      const verdict = judge(facts)
      counts.size += n
      // As `countsOf` does: the main reason, or eligible.
      const main = verdict.eligible ? undefined : verdict.reasons[0]
      if (main === undefined) counts.eligible += n
      else countReason(counts.excluded, main, n)
    }
  }

  /** Facts of the people `where` finds; those a list would take are kept in `table`. */
  const pickInto = (
    table: string,
    where: Where,
    onlyEligible: boolean,
    judge: (row: RecipientRow) => Eligibility,
  ): void => pickIntoIn(db, table, where, onlyEligible, (row) => judge(row).eligible)

  function candidates(selection: ParsedListSelection): CandidateRow[] {
    const ids =
      'contactIds' in selection ? selection.contactIds : contactIdsMatching(db, selection.filter)
    return candidatesOf.all(JSON.stringify(ids))
  }

  /** Splits candidates into those to place and the excluded counts by main reason. */
  function sortOut(rows: readonly CandidateRow[], onlyEligible: boolean) {
    const excluded: ReasonCounts = {}
    const placed: number[] = []
    let eligible = 0
    const judge = check.rowJudge()
    for (const row of rows) {
      const verdict = judge(row)
      if (verdict.eligible) eligible += 1
      else countReason(excluded, verdict.reasons[0] ?? 'no_number')
      if (verdict.eligible || !onlyEligible) placed.push(row.id)
    }
    return { excluded, placed, eligible }
  }

  const insertNewList = (
    name: string,
    description: string,
    filter: ListFilter | null,
    now: number,
  ): number => insertListIn(db, name, description, filter, now)

  type Tables = ReturnType<typeof createBuildTables>
  type Judge = (row: RecipientRow) => Eligibility

  /** The build's write on the core's connection (no worker): the thread waits for it. */
  async function writeHere(
    spec: Omit<BuildSpec, 'now'>,
    tables: Tables,
    judge: Judge,
  ): Promise<number[]> {
    const write = (): number[] => {
      const now = clock.now()
      return db.transaction(() => {
        const judgeNow = check.rowJudge()
        return writeBuild(
          db,
          tables,
          { ...spec, now },
          (row) => judgeNow(row).eligible,
          !sameJudgement(judge, judgeNow),
        )
      })()
    }
    // An import's apply may hold the write lock: wait for it rather than stall on the lock.
    return options.gate ? await options.gate.hold(write) : write()
  }

  /**
   * The lists a build's write committed: stamped with its time and named as it names them (the
   * name, or "name k/n"), names no list had before (the write refuses a taken one).
   */
  function committedLists(name: string, at: number): number[] {
    const parts = `${name.replace(/[\\%_]/g, (c) => `\\${c}`)} %/%`
    return db
      .prepare<[number, string, string], number>(
        `SELECT id FROM lists WHERE created_at = ? AND (name = ? OR name LIKE ? ESCAPE '\\')
         ORDER BY id`,
      )
      .pluck()
      .all(at, name, parts)
  }

  /**
   * The build's write in the import worker, while the gate is closed (the core's writes wait, its
   * reads answer). Undefined when the worker could not start: the caller writes here.
   */
  async function writeOffThread(
    spec: Omit<BuildSpec, 'now'>,
    tables: Tables,
    judge: Judge,
  ): Promise<number[] | undefined> {
    const { worker, gate } = options
    if (!worker || !gate) return undefined
    let run: ListBuildRun | undefined
    try {
      run = runListBuild({
        source: await (worker.source ?? importWorkerSource)(),
        data: { ...workerBook(db, worker), job: { kind: 'listBuild', ...spec } },
        gate,
      })
      worker.started?.(run)
      unwritten.add(run)
      await run.started
    } catch (error) {
      if (run) unwritten.delete(run)
      if (closing) throw closedMidBuild()
      const reason = error instanceof ListBuildWorkerDidNotStart ? error.message : String(error)
      console.warn('The list build writes on the core’s thread:', reason)
      return undefined
    }
    const started = run
    if (closing) {
      await started.terminate()
      throw closedMidBuild()
    }
    // Set inside the callback (TypeScript does not see it change): whether the worker was asked,
    // and the time its lists are stamped with.
    const asked = { yes: false, at: 0 }
    const end = await started.write(() => {
      // A close came while the gate was closing: the worker is ended unasked.
      if (closing) throw closedMidBuild()
      // Asked to write from here on: a close waits for its end (a whole build, or none).
      unwritten.delete(started)
      asked.yes = true
      // The gate is closed: the Settings cannot change until the worker's write has ended.
      const judgeNow = check.rowJudge()
      asked.at = clock.now()
      return {
        kind: 'write',
        now: asked.at,
        contactIds: db.prepare<[], number>(`SELECT contact_id FROM ${tables.table}`).pluck().all(),
        placeableKinds: placeableKinds((row) => judgeNow(row).eligible),
        rejudgeAll: !sameJudgement(judge, judgeNow),
      }
    })
    unwritten.delete(started)
    if (end.kind === 'built') return end.listIds
    // Ended by a close before it was asked to write.
    if (!asked.yes && isClosing()) throw closedMidBuild()
    if (end.kind === 'refused') {
      throw new CoreError(end.code, end.message, undefined, end.details)
    }
    if (end.storageProblem) throw storageFailure(end.storageProblem)
    // Ended without its last word after its commit (killed, out of memory): the commit is the truth.
    const committed = asked.yes ? committedLists(spec.name, asked.at) : []
    if (committed.length > 0) return committed
    // With SQLite's code, so damage met in the worker marks the book damaged as on this thread.
    const failure = new Error(`The list build failed in its worker: ${end.message}`)
    throw end.sqliteCode ? Object.assign(failure, { code: end.sqliteCode }) : failure
  }

  /** `build`'s work: picked in slices, written in one transaction, then counted in slices. */
  async function buildNow({
    selection,
    onlyEligible,
    name,
    description,
    split,
  }: ListBuild): Promise<ListSummary[]> {
    const judge = check.rowJudge()
    const startedAt = clock.now()
    const lastOptOut = lastOptOutEvent.get() ?? 0
    buildTables += 1
    const tables = createBuildTables(db, buildTables)
    try {
      for (const where of selectionSlices(db, selection, sliceSize)) {
        pickInto(tables.table, where, onlyEligible, judge)
        await nextTurn()
        if (closing) throw closedMidBuild()
      }
      const spec: Omit<BuildSpec, 'now'> = {
        selection,
        onlyEligible,
        name,
        description,
        split,
        startedAt,
        lastOptOut,
        sliceSize,
      }
      let ids = await writeOffThread(spec, tables, judge)
      if (!ids) {
        // The worker could not start; a close meanwhile: nothing written, and nothing will be.
        if (closing) throw closedMidBuild()
        ids = await writeHere(spec, tables, judge)
      }
      // The new lists' counts, a few lists per statement with a turn between (person by person,
      // ~390 lists held the thread as long as the overview did).
      const counted = new Map<number, ListCounts>()
      const countJudge = check.rowJudge()
      for (let start = 0; start < ids.length; start += listsPerSlice) {
        countLists(ids.slice(start, start + listsPerSlice), countJudge, counted)
        await nextTurn()
      }
      return ids.flatMap((id) => {
        const row = listRow.get(id)
        const counts = counted.get(id)
        return row && counts ? [summaryFrom(row, counts)] : []
      })
    } finally {
      dropBuildTables(db, tables)
    }
  }

  return {
    /**
     * Every list with its counts. Counted by facts in SQLite, some lists per statement with a turn
     * between (on ~390 lists of a 100 000-contact book, person by person held the thread ~470 ms).
     */
    async all(): Promise<ListSummary[]> {
      const judge = check.rowJudge()
      const counted = new Map<number, ListCounts>()
      const ids = allListRows.all().map((row) => row.id)
      for (let start = 0; start < ids.length; start += listsPerSlice) {
        countLists(ids.slice(start, start + listsPerSlice), judge, counted)
        await nextTurn()
      }
      // The lists as they are now: one made meanwhile is counted here, one deleted is left out.
      const rows = allListRows.all()
      countLists(
        rows.filter((row) => !counted.has(row.id)).map((row) => row.id),
        judge,
        counted,
      )
      return rows.map((row) =>
        summaryFrom(row, counted.get(row.id) ?? { size: 0, eligible: 0, excluded: {} }),
      )
    },

    /** The overview person by person: what `all` must always agree with. */
    allOneByOne(): ListSummary[] {
      const byList = new Map<number, ListMember[]>()
      const judge = check.rowJudge()
      for (const row of allMembers.all()) {
        const members = byList.get(row.list_id) ?? []
        members.push(toMember(row, judge))
        byList.set(row.list_id, members)
      }
      return allListRows.all().map((row) => summaryOf(row, byList.get(row.id) ?? []))
    },

    get(id: number): ListDetail {
      const { members, ...summary } = detail(id)
      return {
        ...summary,
        members: members.map(({ firstName: _f, middleName: _m, lastName: _l, ...m }) => m),
      }
    },

    /** A list to fill by hand; it may start empty (it is not ready to send until it has 2). */
    create({ name, description, contactIds }: ListCreate): ListDetail {
      const now = clock.now()
      const existing = candidatesOf.all(JSON.stringify(contactIds)).map((row) => row.id)
      if (existing.length > listCapacity) throw listFull(0, existing.length)
      const id = db.transaction(() => {
        const listId = insertNewList(name, description, null, now)
        addIds(listId, existing, now)
        return listId
      })()
      return this.get(id)
    },

    update({ id, name, description }: ListUpdate): ListSummary {
      const now = clock.now()
      db.transaction(() => {
        const row = requireList(id)
        const nextName = name ?? row.name
        assertNameFree(nextName, id)
        db.prepare(
          'UPDATE lists SET name = ?, name_key = ?, description = ?, updated_at = ? WHERE id = ?',
        ).run(nextName, nameKeyOf(nextName), description ?? row.description, now, id)
      })()
      const { members: _m, ...summary } = detail(id)
      return summary
    },

    addMembers(id: number, contactIds: readonly number[]): AddMembersOutcome {
      const now = clock.now()
      return db.transaction(() => {
        requireList(id)
        const existing = candidatesOf.all(JSON.stringify(contactIds)).map((row) => row.id)
        // Kept in the order picked, not the book's.
        const known = new Set(existing)
        return {
          ...addIds(
            id,
            contactIds.filter((c) => known.has(c)),
            now,
          ),
          skipped: {},
        }
      })()
    },

    addMatching(id: number, filter: ListFilter, onlyEligible: boolean): AddMembersOutcome {
      const now = clock.now()
      return db.transaction(() => {
        requireList(id)
        const { placed, excluded } = sortOut(candidates({ filter }), onlyEligible)
        return { ...addIds(id, placed, now), skipped: onlyEligible ? excluded : {} }
      })()
    },

    removeMembers(id: number, contactIds: readonly number[]): { removed: number } {
      const now = clock.now()
      return db.transaction(() => {
        requireList(id)
        const removed = db
          .prepare(
            'DELETE FROM list_members WHERE list_id = ? AND contact_id IN (SELECT value FROM json_each(?))',
          )
          .run(id, JSON.stringify(contactIds)).changes
        if (removed > 0) touch.run(now, id)
        return { removed }
      })()
    },

    duplicate(id: number, name: string): ListSummary {
      const now = clock.now()
      const copyId = db.transaction(() => {
        const row = requireList(id)
        const listId = insertNewList(
          name,
          row.description,
          row.filter ? (JSON.parse(row.filter) as ListFilter) : null,
          now,
        )
        addIds(
          listId,
          membersOf.all(id).map((m) => m.contact_id),
          now,
        )
        return listId
      })()
      const { members: _m, ...summary } = detail(copyId)
      return summary
    },

    /** The list only: its people stay in the book and in their other lists. */
    delete(id: number): { deleted: number } {
      requireList(id)
      return { deleted: db.prepare('DELETE FROM lists WHERE id = ?').run(id).changes }
    },

    async plan(selection: ParsedListSelection, onlyEligible: boolean): Promise<ListPlan> {
      const excluded: ReasonCounts = {}
      let selected = 0
      let eligible = 0
      const judge = check.rowJudge()
      for (const { n, ...facts } of await factCounts(selection)) {
        const verdict = judge(facts)
        selected += n
        if (verdict.eligible) eligible += n
        else {
          const reason = verdict.reasons[0] ?? 'no_number'
          excluded[reason] = (excluded[reason] ?? 0) + n
        }
      }
      const placed = onlyEligible ? eligible : selected
      return { selected, eligible, excluded, placed, parts: splitEvenly(placed) }
    },

    /** The plan as the build sorts people out, one by one: what `plan` must always agree with. */
    planOneByOne(selection: ParsedListSelection, onlyEligible: boolean): ListPlan {
      const rows = candidates(selection)
      const { excluded, placed, eligible } = sortOut(rows, onlyEligible)
      return {
        selected: rows.length,
        eligible,
        excluded,
        placed: placed.length,
        parts: splitEvenly(placed.length),
      }
    },

    /**
     * One list, or with `split` several near-equal ones "Name 1/3"… in the book's name order.
     * Who goes in is worked out first, a slice of the book at a time with a turn between, into a
     * private TEMP table; then one transaction re-checks whoever changed meanwhile (edited,
     * opted out, deleted) and writes every list with one INSERT … SELECT.
     */
    async build({
      selection,
      onlyEligible,
      name,
      description,
      split,
    }: ListBuild): Promise<ListSummary[]> {
      if (closing) throw closedMidBuild()
      if (options.refuseStart?.()) {
        throw new CoreError(
          'wrong_state',
          'A copy is being restored; build the list after it.',
          undefined,
          {
            state: 'restoring_build',
          },
        )
      }
      const answer = buildNow({ selection, onlyEligible, name, description, split })
      const settled = answer.then(
        () => undefined,
        () => undefined,
      )
      building.add(settled)
      void settled.then(() => building.delete(settled))
      return answer
    },

    /** A build is in flight (a restore waits for none: it is refused). */
    building: (): boolean => building.size > 0,

    /**
     * Before the file closes: a build not yet writing ends with an error (its worker ended, nothing
     * written); one writing is let finish (one short transaction) and answered. Resolves once
     * every build has answered, its worker gone and the gate open.
     */
    async close(): Promise<void> {
      closing = true
      await Promise.all([...unwritten].map((run) => run.terminate()))
      while (building.size > 0) await Promise.all([...building])
    },

    /** The build all at once, person by person: what `build` must always agree with. */
    buildAtOnce({ selection, onlyEligible, name, description, split }: ListBuild): ListSummary[] {
      const now = clock.now()
      const ids = db.transaction(() => {
        const { placed } = sortOut(candidates(selection), onlyEligible)
        if (placed.length < listMinimum) throw listTooSmall(placed.length)
        const sizes = splitEvenly(placed.length)
        if (sizes.length > 1 && !split) throw listFull(0, placed.length)
        const names = partNames(name, sizes.length)
        for (const partName of names) assertNameFree(partName)
        const filter = 'filter' in selection ? selection.filter : null
        let start = 0
        return sizes.map((size, index) => {
          const listId = insertNewList(names[index] ?? name, description, filter, now)
          addIds(listId, placed.slice(start, start + size), now)
          start += size
          return listId
        })
      })()
      return ids.map((id) => {
        const { members: _m, ...summary } = detail(id)
        return summary
      })
    },

    export(id: number, format: 'csv' | 'vcf', language: Language): DownloadFile {
      const list = detail(id)
      const base = downloadName(list.name, 'list')
      return format === 'csv'
        ? {
            fileName: `${base}.csv`,
            mimeType: 'text/csv',
            content: listToCsv(list, list.members, language),
          }
        : { fileName: `${base}.vcf`, mimeType: 'text/vcard', content: listToVcards(list.members) }
    },
  }
}
export type ListsService = ReturnType<typeof createListsService>

import { optOutSources, type OptOutSource } from '../../../../shared/opt-outs'
import type { OptOutEvent, OptOutHistory, OptOutRow } from './opt-out-history'

/** One write to the opt-out tables, in the order they must run. */
export type OptOutWrite =
  | { kind: 'event'; event: OptOutEvent }
  /** Inserting a row makes its own 'opted_out' event (the trigger of migration 0030). */
  | { kind: 'row'; row: OptOutRow & { source: OptOutSource } }
  /** After its 'resubscribed' event: the only delete the database allows. */
  | { kind: 'remove'; e164: string }

export interface OptOutMerge {
  writes: OptOutWrite[]
  /** How many numbers are on the list once the writes are done. */
  numbersOnList: number
}

/** Something a file says about a number: on the list (a row, an opt-out) or off it, at a time. */
interface Fact {
  e164: string
  at: number
  on: boolean
  source: string
  note: string
}

/**
 * What to write into `target` so its opt-out list also holds what `sources` know: the union of
 * the histories, each number decided by its latest fact (an opt-out wins a tie). Events the
 * target has are not written twice; events older than what the target knows of a number are
 * history it has already moved past and are left out, so a number's last event (by id) always
 * agrees with whether it is on the list — the delete guard of migration 0030 relies on it.
 */
export function planOptOutMerge(
  target: OptOutHistory,
  sources: readonly OptOutHistory[],
): OptOutMerge {
  const numbers = new Set<string>()
  for (const history of [target, ...sources]) {
    for (const row of history.rows) numbers.add(row.e164)
    for (const event of history.events) numbers.add(event.e164)
  }
  const byNumber = <T extends { e164: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>()
    for (const item of items) map.set(item.e164, [...(map.get(item.e164) ?? []), item])
    return map
  }
  const targetRows = new Map(target.rows.map((row) => [row.e164, row]))
  const targetEvents = byNumber(target.events)
  const sourceRows = byNumber(sources.flatMap((history) => history.rows))
  const sourceEvents = byNumber(sources.flatMap((history) => history.events))

  const steps: { at: number; order: number; write: OptOutWrite }[] = []
  let onList = 0
  for (const e164 of [...numbers].sort()) {
    const plan = planNumber(
      targetRows.get(e164),
      targetEvents.get(e164) ?? [],
      sourceRows.get(e164) ?? [],
      sourceEvents.get(e164) ?? [],
    )
    if (plan.on) onList += 1
    // A number's writes keep their order; across numbers, the history is written in time order.
    let at = Number.NEGATIVE_INFINITY
    for (const step of plan.writes) {
      at = Math.max(at, step.at)
      steps.push({ at, order: steps.length, write: step.write })
    }
  }
  steps.sort((a, b) => a.at - b.at || a.order - b.order)
  return { writes: steps.map((step) => step.write), numbersOnList: onList }
}

function planNumber(
  targetRow: OptOutRow | undefined,
  targetEvents: readonly OptOutEvent[],
  sourceRows: readonly OptOutRow[],
  sourceEvents: readonly OptOutEvent[],
): { on: boolean; writes: { at: number; write: OptOutWrite }[] } {
  const rows = [...(targetRow ? [targetRow] : []), ...sourceRows]
  const facts = [...rows.map(rowFact), ...[...targetEvents, ...sourceEvents].map(eventFact)]
  const latest = facts.reduce(later)

  // Only what happened after everything the target knows of this number, each event once.
  const targetKnowsUpTo = Math.max(
    targetRow?.createdAt ?? Number.NEGATIVE_INFINITY,
    ...targetEvents.map((event) => event.at),
  )
  const known = new Set(targetEvents.map(eventKey))
  const fresh = new Map<string, OptOutEvent>()
  for (const event of sourceEvents) {
    if (event.at > targetKnowsUpTo && !known.has(eventKey(event))) fresh.set(eventKey(event), event)
  }
  // In time order; at one moment a re-subscription first, so an opt-out then has the last word.
  const rank = (event: OptOutEvent) => (event.action === 'resubscribed' ? 0 : 1)
  const events = [...fresh.values()].sort((a, b) => a.at - b.at || rank(a) - rank(b))
  const writes: { at: number; write: OptOutWrite }[] = events.map((event) => ({
    at: event.at,
    write: { kind: 'event', event },
  }))
  let lastAction = (events.at(-1) ?? targetEvents.at(-1))?.action
  let on = targetRow !== undefined

  if (latest.on && !targetRow) {
    const row = rowToAdd(sourceRows, facts, latest)
    // The insert records its own event: the same one is not written a second time.
    const own = eventKey(rowEvent(row))
    const index = writes.findLastIndex(
      (w) => w.write.kind === 'event' && eventKey(w.write.event) === own,
    )
    if (index >= 0) writes.splice(index, 1)
    writes.push({ at: row.createdAt, write: { kind: 'row', row } })
    lastAction = 'opted_out'
    on = true
  } else if (!latest.on && targetRow && events.at(-1)?.action === 'resubscribed') {
    // A re-subscription the target had not seen, recorded just above: now the row may go.
    writes.push({ at: latest.at, write: { kind: 'remove', e164: targetRow.e164 } })
    lastAction = 'resubscribed'
    on = false
  }
  if (on && lastAction !== 'opted_out') {
    // On the list, yet no event says so last (its opt-out event was on a damaged page): record
    // the opt-out the rows show, so that only a new re-subscription can take the number off.
    const fact = facts.filter((f) => f.on).reduce(later)
    writes.push({ at: fact.at, write: { kind: 'event', event: factEvent(fact) } })
  }
  return { on, writes }
}

/** The row to insert: the newest row no re-subscription came after, or one made from the opt-out. */
function rowToAdd(
  sourceRows: readonly OptOutRow[],
  facts: readonly Fact[],
  latest: Fact,
): OptOutRow & { source: OptOutSource } {
  const lastOff = Math.max(Number.NEGATIVE_INFINITY, ...facts.filter((f) => !f.on).map((f) => f.at))
  const current = sourceRows
    .filter((row) => row.createdAt >= lastOff)
    .reduce<OptOutRow | undefined>(
      (best, row) => (!best || row.createdAt > best.createdAt ? row : best),
      undefined,
    )
  const row = current ?? {
    e164: latest.e164,
    createdAt: latest.at,
    source: latest.source,
    note: latest.note,
    linkedFrom: null,
  }
  return { ...row, source: knownSource(row.source) }
}

/** A source this version does not know (or a damaged one) is kept as a manual entry. */
const knownSource = (source: string): OptOutSource =>
  (optOutSources as readonly string[]).includes(source) ? (source as OptOutSource) : 'manual_entry'

const rowFact = (row: OptOutRow): Fact => ({
  e164: row.e164,
  at: row.createdAt,
  on: true,
  source: row.source,
  note: row.note,
})
const eventFact = (event: OptOutEvent): Fact => ({
  e164: event.e164,
  at: event.at,
  on: event.action === 'opted_out',
  source: event.source,
  note: event.note,
})
const factEvent = (fact: Fact): OptOutEvent => ({
  e164: fact.e164,
  action: 'opted_out',
  at: fact.at,
  source: fact.source,
  note: fact.note,
})
const rowEvent = (row: OptOutRow): OptOutEvent => factEvent(rowFact(row))

/** The later fact; at the same moment, an opt-out. */
const later = (a: Fact, b: Fact): Fact => (b.at > a.at || (b.at === a.at && b.on && !a.on) ? b : a)

const eventKey = (event: OptOutEvent): string =>
  JSON.stringify([event.action, event.at, event.source, event.note])

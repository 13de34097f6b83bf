// The opt-out list as it can be read from a database file: its rows and the events that made it.

/** A row of `opt_outs`: a number on the list. */
export interface OptOutRow {
  e164: string
  createdAt: number
  source: string
  note: string
  linkedFrom: string | null
}

export type OptOutAction = 'opted_out' | 'resubscribed'

/** A row of `opt_out_events` (without its id: ids differ from file to file). */
export interface OptOutEvent {
  e164: string
  action: OptOutAction
  at: number
  source: string
  note: string
}

export interface OptOutHistory {
  rows: OptOutRow[]
  events: OptOutEvent[]
}

/** What could be read of one file's opt-out list. */
export interface SalvagedOptOuts extends OptOutHistory {
  /** SQLite could read the file's schema at all. */
  readable: boolean
  /** Every read succeeded: nothing of the list was on a damaged page. */
  complete: boolean
}

export const noOptOuts: SalvagedOptOuts = { rows: [], events: [], readable: false, complete: false }

/** The numbers on the list after a history: the latest fact about each number decides. */
export function numbersOnList(history: OptOutHistory): Set<string> {
  const latest = new Map<string, { at: number; on: boolean }>()
  const see = (e164: string, at: number, on: boolean): void => {
    const known = latest.get(e164)
    // At the same moment an opt-out wins: when in doubt, the person stays off the sending list.
    if (!known || at > known.at || (at === known.at && on)) latest.set(e164, { at, on })
  }
  for (const row of history.rows) see(row.e164, row.createdAt, true)
  for (const event of history.events) see(event.e164, event.at, event.action === 'opted_out')
  return new Set([...latest].filter(([, fact]) => fact.on).map(([e164]) => e164))
}

import type { OptOutEntry } from '../../../shared/opt-outs'
import type { Language } from '../../../shared/settings'
import { csvText } from '../export/csv-writer'

export const optOutHeaders = ['Phone', 'Opted Out At', 'Source', 'Note', 'Linked From', 'Contact']

/** For the shop's records, as the owner's Excel opens them (csv-writer.ts); dates in UTC ISO form. */
export function optOutsToCsv(entries: Iterable<OptOutEntry>, language: Language): string {
  const rows: string[][] = []
  for (const entry of entries) {
    rows.push([
      entry.e164,
      new Date(entry.createdAt).toISOString(),
      entry.source,
      entry.note,
      entry.linkedFrom ?? '',
      entry.contactName ?? '',
    ])
  }
  return csvText(optOutHeaders, rows, language)
}

import Papa from 'papaparse'
import type { OptOutEntry } from '../../../shared/opt-outs'
import { neutraliseCell } from '../../../shared/csv-safety'

export const optOutHeaders = ['Phone', 'Opted Out At', 'Source', 'Note', 'Linked From', 'Contact']

/** For the shop's records: UTF-8 with a BOM for Excel, CRLF, dates in UTC ISO form. */
export function optOutsToCsv(entries: Iterable<OptOutEntry>): string {
  const rows: string[][] = [optOutHeaders]
  for (const entry of entries) {
    rows.push(
      [
        entry.e164,
        new Date(entry.createdAt).toISOString(),
        entry.source,
        entry.note,
        entry.linkedFrom ?? '',
        entry.contactName ?? '',
      ].map(neutraliseCell),
    )
  }
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`
}

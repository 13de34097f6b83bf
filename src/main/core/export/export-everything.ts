import type { Database } from 'better-sqlite3'
import type { BinaryDownload } from '../../../shared/backups'
import type { Campaign } from '../../../shared/campaigns'
import type { Language } from '../../../shared/settings'
import { cellsPageRows, contactCells } from '../contacts/contact-cells'
import { contactCsvPieces } from '../contacts/export-csv'
import { downloadName } from '../download-name'
import { CoreError } from '../errors'
import type { Clock } from '../time/clock'
import { csvPieces } from './csv-writer'
import { createZipWriter } from './zip-writer'

/** What the zip is made from: the services' own exports wherever one exists. */
type ListRows = readonly {
  id: number
  name: string
  description: string
  size: number
  eligible: number
  createdAt: number
}[]

export interface ExportSources {
  db: Database
  clock: Clock
  optOutsCsv: (language: Language) => string
  lists: () => ListRows | Promise<ListRows>
  listCsv: (id: number, language: Language) => string
  campaigns: () => readonly Campaign[]
  campaignItemsCsv: (id: number, language: Language) => string
  senderLabels: () => ReadonlyMap<number, string>
}

const iso = (at: number | null) => (at === null ? '' : new Date(at).toISOString())

/**
 * Everything the shop keeps in Rupor as one zip of CSV files: contacts, opt-outs, every list with
 * its people, campaigns with every recipient's outcome, and the send ledger. Nothing from the
 * secret store is read, so the Cloud API token cannot be in it. Every CSV is written for the
 * owner's Excel in their language (csv-writer.ts).
 */
export async function exportEverything(
  sources: ExportSources,
  language: Language,
): Promise<BinaryDownload> {
  const { db, clock } = sources
  const zip = createZipWriter()
  await zip.addText('contacts.csv', contactCsvPieces(contactCells(db), language))
  await zip.addText('opt-outs.csv', [sources.optOutsCsv(language)])

  const lists = await sources.lists()
  await zip.addText(
    'lists.csv',
    csvPieces(
      ['Name', 'Description', 'People', 'May Be Messaged', 'Created'],
      lists.map((l) => [
        l.name,
        l.description,
        String(l.size),
        String(l.eligible),
        iso(l.createdAt),
      ]),
      language,
    ),
  )
  for (const list of lists) {
    await zip.addText(
      `lists/${downloadName(list.name, 'list')}.csv`,
      unlessGone(() => sources.listCsv(list.id, language)),
    )
  }

  const senders = sources.senderLabels()
  const listNames = new Map(lists.map((l) => [l.id, l.name]))
  const campaigns = sources.campaigns()
  await zip.addText(
    'campaigns.csv',
    csvPieces(
      [
        'Name',
        'Number',
        'Lists',
        'State',
        'Text',
        'Template',
        'Created',
        'People',
        'Sent',
        'Skipped',
        'Failed',
        'Uncertain',
        'Delivered',
        'Read',
      ],
      campaigns.map((c) => [
        c.name,
        senders.get(c.senderId) ?? '',
        // Its lists in the order they are sent, one cell: "Весна 1/2 + Весна 2/2".
        c.listIds.flatMap((id) => listNames.get(id) ?? []).join(' + '),
        c.state,
        c.text,
        c.template?.name ?? '',
        iso(c.createdAt),
        ...[
          c.counts.total,
          c.counts.sent,
          c.counts.skipped,
          c.counts.failed,
          c.counts.uncertain,
          c.counts.delivered,
          c.counts.read,
        ].map(String),
      ]),
      language,
    ),
  )
  for (const campaign of campaigns) {
    await zip.addText(
      `campaigns/${downloadName(campaign.name, 'campaign')}.csv`,
      unlessGone(() => sources.campaignItemsCsv(campaign.id, language)),
    )
  }
  await zip.addText('ledger.csv', csvPieces(ledgerHeaders, ledgerRows(db), language))

  const day = new Date(clock.now()).toISOString().slice(0, 10)
  return {
    fileName: `rupor-export-${day}.zip`,
    mimeType: 'application/zip',
    base64: zip.finish().toString('base64'),
  }
}

/**
 * The file's one piece, read when the zip comes to it. The zip waits a turn after each file, so a
 * list or campaign may be deleted meanwhile: its file is then empty, the export goes on.
 */
function* unlessGone(read: () => string): Generator<string> {
  try {
    yield read()
  } catch (error) {
    if (!(error instanceof CoreError && error.code === 'not_found')) throw error
  }
}

// 'Number Deleted': the sender was deleted since (its rows stay: the limits still count them).
// 'Channel': assisted, cloud_api or phone_broadcast (a list message sent from the phone).
const ledgerHeaders = [
  'Time',
  'Number',
  'Campaign',
  'Phone',
  'New Chat',
  'State',
  'Number Deleted',
  'Channel',
]

interface LedgerRow {
  /** The sender's label, deleted or not (a deleted sender's row is kept, marked). */
  sender: string | null
  sender_deleted: number
  campaign: string | null
  e164: string
  at: number
  new_chat: number
  state: string
  channel: string | null
}

/**
 * Every message sent or maybe sent, oldest first: what the limits were counted from. Each names
 * its sender, also one deleted since (the services' list has only those in use).
 */
function* ledgerRows(db: Database): Generator<string[]> {
  // Read a page at a time by id, like contactCells: no statement stays open across the zip's turns.
  const ids = db.prepare<[], number>('SELECT id FROM send_ledger ORDER BY at, id').pluck().all()
  const page = db.prepare<[string], LedgerRow>(
    `SELECT s.label AS sender, (s.id IS NULL OR s.deleted_at IS NOT NULL) AS sender_deleted, c.name AS campaign,
       l.e164, l.at, l.new_chat, l.state, l.channel
     FROM json_each(?) j
     CROSS JOIN send_ledger l ON l.id = j.value
     LEFT JOIN senders s ON s.id = l.sender_id
     LEFT JOIN campaigns c ON c.id = l.campaign_id
     ORDER BY j.key`,
  )
  for (let start = 0; start < ids.length; start += cellsPageRows) {
    yield* ledgerCells(page.all(JSON.stringify(ids.slice(start, start + cellsPageRows))))
  }
}

function* ledgerCells(rows: readonly LedgerRow[]): Generator<string[]> {
  for (const row of rows) {
    yield [
      iso(row.at),
      row.sender ?? '',
      row.campaign ?? '',
      row.e164,
      row.new_chat === 1 ? 'yes' : 'no',
      row.state,
      row.sender_deleted === 1 ? 'yes' : 'no',
      row.channel ?? '',
    ]
  }
}

import type { Database } from 'better-sqlite3'
import type { BlockRecord } from '../../../shared/blocks'
import type { SenderBlock } from '../../../shared/cloud-errors'
import { invalidInput } from '../errors'

const hourMs = 60 * 60 * 1000

/** A block is in force until the owner lifts it, or (temporary) until its time is over. */
export const blockInForce = (block: SenderBlock | null, now: number): SenderBlock | null =>
  block !== null && (block.until === null || block.until > now) ? block : null

/** Whether `next` ends after `current`: a block that never ends by itself outlasts any other. */
export const outlasts = (next: SenderBlock, current: SenderBlock): boolean =>
  current.until !== null && (next.until === null || next.until > current.until)

interface BlockRow {
  id: number
  sender_id: number
  block: string
  at: number
  until: number | null
  lifted_at: number | null
}

/** When a block ended: lifted by the owner, or its time ran out; null while it lasts. */
const endOf = (row: BlockRow, now: number): number | null => {
  if (row.lifted_at !== null) return row.lifted_at
  return row.until !== null && row.until <= now ? row.until : null
}

/** Every block of a number, latest first, as the ban centre shows them. */
export function createBlockHistory(db: Database) {
  const rows = db.prepare<[number], BlockRow>(
    'SELECT * FROM sender_blocks WHERE sender_id = ? ORDER BY at DESC, id DESC',
  )
  return {
    of(senderId: number, now: number): BlockRecord[] {
      return rows.all(senderId).map((row) => ({
        id: row.id,
        senderId: row.sender_id,
        block: JSON.parse(row.block) as SenderBlock,
        liftedAt: row.lifted_at,
        endedAt: endOf(row, now),
      }))
    },
  }
}
export type BlockHistory = ReturnType<typeof createBlockHistory>

/**
 * The owner says WhatsApp blocked the number: temporary blocks end after 24 or 48 hours (the
 * app says which), a permanent one only after an appeal. It cannot have happened in the future.
 */
export function reportedBlock(
  report: { kind: 'temporary' | 'permanent'; hours: number; at?: number | undefined },
  now: number,
): SenderBlock {
  const at = report.at ?? now
  if (at > now) {
    throw invalidInput('A block cannot start in the future.', [
      { path: 'at', message: 'in_future' },
    ])
  }
  return report.kind === 'temporary'
    ? {
        reason: 'reported_temporary',
        code: null,
        message: '',
        at,
        until: at + report.hours * hourMs,
      }
    : { reason: 'reported_permanent', code: null, message: '', at, until: null }
}

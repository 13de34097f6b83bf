import type { Migration } from './migration'

/**
 * Limits belong to the WhatsApp number, not to the row that names it:
 * - a deleted sender is only marked (`deleted_at`): its ledger and block history stay, so the
 *   limits still count what it sent, and adding the number again brings the row back;
 * - no second live sender with a number another live one has (the service says which one; the
 *   triggers keep any other path from doing it). An older database may already hold two: they are
 *   left as they are (no UNIQUE index, which would fail the upgrade), only a new duplicate is
 *   refused, and the scheduler counts every row of one number together;
 * - a sender row is never deleted outright: a DELETE would take its history with it (ON DELETE
 *   CASCADE on the ledger and the blocks).
 * The phone index serves the triggers and the limits' "every row of this number".
 */
export const m0080SendersByNumber: Migration = {
  version: 80,
  name: 'senders keyed by their number',
  up(db) {
    db.exec(`
      ALTER TABLE senders ADD COLUMN deleted_at INTEGER;
      CREATE INDEX senders_by_phone ON senders (phone);

      CREATE TRIGGER senders_one_live_per_phone_on_insert BEFORE INSERT ON senders
      WHEN NEW.deleted_at IS NULL AND EXISTS (SELECT 1 FROM senders
        WHERE phone = NEW.phone AND deleted_at IS NULL)
      BEGIN
        SELECT RAISE(ABORT, 'sender_phone_taken: another sender has this number');
      END;

      -- Only a change of number, or a deleted row coming back, is checked: two live rows of one
      -- number that an older version left may still be edited otherwise.
      CREATE TRIGGER senders_one_live_per_phone_on_update BEFORE UPDATE OF phone, deleted_at
      ON senders
      WHEN NEW.deleted_at IS NULL AND (NEW.phone IS NOT OLD.phone OR OLD.deleted_at IS NOT NULL)
        AND EXISTS (SELECT 1 FROM senders
          WHERE phone = NEW.phone AND deleted_at IS NULL AND id <> NEW.id)
      BEGIN
        SELECT RAISE(ABORT, 'sender_phone_taken: another sender has this number');
      END;

      CREATE TRIGGER senders_kept_on_delete BEFORE DELETE ON senders
      BEGIN
        SELECT RAISE(ABORT, 'sender_history_kept: mark a sender deleted, never delete its row');
      END;
    `)
  },
}

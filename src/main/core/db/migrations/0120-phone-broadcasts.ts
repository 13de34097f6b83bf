import type { Migration } from './migration'

/**
 * The phone's own broadcast lists (WhatsApp Business «Новая рассылка»): a list message reaches only
 * people who saved the shop's number, so each contact carries that fact and where it came from. A
 * Rupor list mirrored on the phone is recorded with the people the owner confirmed are on it there
 * (a snapshot: the phone knows nothing of opt-outs, so Rupor compares it with who may be messaged
 * now). A campaign is paced one by one (as before) or one list message sent from the phone; the
 * ledger says by which channel each message went, and a list message is never recorded to a number
 * that opted out before it went.
 */
export const m0120PhoneBroadcasts: Migration = {
  version: 120,
  name: 'phone broadcast lists and who saved the shop’s number',
  up(db) {
    db.exec(`
      -- 'likely': they wrote to the shop first (the QR poster), which usually means the number is
      -- in their phone, but nobody saw it saved.
      ALTER TABLE contacts ADD COLUMN saved_number TEXT NOT NULL DEFAULT 'unknown'
        CHECK (saved_number IN ('yes', 'likely', 'no', 'unknown'));
      ALTER TABLE contacts ADD COLUMN saved_number_source TEXT
        CHECK (saved_number_source IS NULL OR saved_number_source IN
          ('owner', 'import', 'wrote_first', 'qr'));
      ALTER TABLE contacts ADD COLUMN saved_number_at INTEGER;

      -- A broadcast list on the phone of a sender's number, mirroring one Rupor list.
      CREATE TABLE phone_lists (
        id INTEGER PRIMARY KEY,
        list_id INTEGER NOT NULL UNIQUE REFERENCES lists (id) ON DELETE CASCADE,
        sender_id INTEGER NOT NULL REFERENCES senders (id),
        -- The list's name as the owner typed it on the phone.
        name TEXT NOT NULL,
        made_at INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- Who the owner confirmed is on the phone's list: what a list message reaches.
      CREATE TABLE phone_list_members (
        phone_list_id INTEGER NOT NULL REFERENCES phone_lists (id) ON DELETE CASCADE,
        e164 TEXT NOT NULL,
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        -- The name as it was when added: the to-do still names someone deleted from the book.
        name TEXT NOT NULL,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (phone_list_id, e164)
      ) STRICT, WITHOUT ROWID;

      ALTER TABLE campaigns ADD COLUMN way TEXT NOT NULL DEFAULT 'paced'
        CHECK (way IN ('paced', 'phone_broadcast'));

      -- What a person answered to a list message (the replies come to the phone, not to Rupor).
      ALTER TABLE campaign_items ADD COLUMN reply TEXT
        CHECK (reply IS NULL OR reply IN ('replied', 'asked_to_stop', 'wrong_number'));

      -- Every row so far went by its sender's own channel.
      ALTER TABLE send_ledger ADD COLUMN channel TEXT
        CHECK (channel IS NULL OR channel IN ('assisted', 'cloud_api', 'phone_broadcast'));
      UPDATE send_ledger SET channel = (SELECT channel FROM senders WHERE senders.id = sender_id);

      -- A list message is recorded after it went, as 'sent': the claim guard of 0090 does not see
      -- it. This one refuses a list message to a number that was on the opt-out list when it went;
      -- one that opted out later (a "stop" in answer to it) is history and goes in.
      CREATE TRIGGER send_ledger_no_list_message_to_opted_out BEFORE INSERT ON send_ledger
      WHEN NEW.channel = 'phone_broadcast'
        AND EXISTS (SELECT 1 FROM opt_outs WHERE e164 = NEW.e164 AND created_at <= NEW.at)
      BEGIN
        SELECT RAISE(ABORT, 'opted_out: this number is on the opt-out list');
      END;
    `)
  },
}

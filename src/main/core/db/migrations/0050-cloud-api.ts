import type { Database } from 'better-sqlite3'
import type { Migration } from './migration'

/**
 * The opt-out list learns two sources from WhatsApp itself: an opt-out button tapped ("Stop
 * promotions") and marketing stopped in WhatsApp's settings. The source CHECK is a column
 * constraint, so the table is re-made; its triggers (the event record and the delete guard) are
 * taken as they are and put back. DROP TABLE fires no triggers, so no event is recorded twice.
 */
function widenOptOutSources(db: Database): void {
  const triggers = db
    .prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'opt_outs'",
    )
    .all()
  db.exec(`
    CREATE TABLE opt_outs_next (
      e164 TEXT PRIMARY KEY,
      created_at INTEGER NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('contact_card', 'assisted_send', 'reply_keyword',
        'imported_list', 'manual_entry', 'opt_out_button', 'marketing_stopped')),
      note TEXT NOT NULL DEFAULT '',
      -- Set when the number was added because another number of the same contact opted out.
      linked_from TEXT
    ) STRICT, WITHOUT ROWID;
    INSERT INTO opt_outs_next (e164, created_at, source, note, linked_from)
      SELECT e164, created_at, source, note, linked_from FROM opt_outs;
    DROP TABLE opt_outs;
    ALTER TABLE opt_outs_next RENAME TO opt_outs;
  `)
  for (const trigger of triggers) db.exec(trigger.sql)
}

export const m0050CloudApi: Migration = {
  version: 50,
  name: 'the Cloud API channel: connections, templates, delivery and blocks',
  up(db) {
    db.exec(`
      -- The channel's CHECK named only 'assisted'; every existing sender is one, so the column is
      -- re-made with the wider CHECK and that default, losing nothing.
      ALTER TABLE senders DROP COLUMN channel;
      ALTER TABLE senders ADD COLUMN channel TEXT NOT NULL DEFAULT 'assisted'
        CHECK (channel IN ('assisted', 'cloud_api'));
      -- WhatsApp blocked the number (JSON SenderBlock): nothing of it starts until the owner acts.
      ALTER TABLE senders ADD COLUMN block TEXT CHECK (block IS NULL OR json_valid(block));

      -- How a sender reaches the Cloud API. The access token is not here: it is in the secret store.
      CREATE TABLE cloud_connections (
        sender_id INTEGER PRIMARY KEY REFERENCES senders (id) ON DELETE CASCADE,
        phone_number_id TEXT NOT NULL,
        waba_id TEXT NOT NULL,
        api_version TEXT NOT NULL,
        base_url TEXT NOT NULL,
        -- A token was written to the secret store; Meta refused it (codes 0, 190).
        token_stored INTEGER NOT NULL DEFAULT 0 CHECK (token_stored IN (0, 1)),
        token_rejected INTEGER NOT NULL DEFAULT 0 CHECK (token_rejected IN (0, 1)),
        -- The last "check connection" answer (JSON CloudAccount): its tier is the 24-hour budget.
        account TEXT CHECK (account IS NULL OR json_valid(account)),
        history_available INTEGER CHECK (history_available IN (0, 1)),
        updated_at INTEGER NOT NULL
      ) STRICT;

      -- The approved template a Cloud API campaign sends, with its placeholder mapping (JSON).
      ALTER TABLE campaigns ADD COLUMN template TEXT CHECK (template IS NULL OR json_valid(template));
      -- Why it paused on its own (JSON PauseReason); null when the owner paused it.
      ALTER TABLE campaigns ADD COLUMN pause_reason TEXT
        CHECK (pause_reason IS NULL OR json_valid(pause_reason));

      -- A person deferred by the pair rate limit waits until then; the queue passes over them.
      ALTER TABLE campaign_items ADD COLUMN not_before INTEGER;
      ALTER TABLE campaign_items ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;

      -- What Meta answered and later reported for each message: its id, the recipient's WhatsApp id,
      -- how far it got (never backwards) and the error code of a failure.
      ALTER TABLE send_ledger ADD COLUMN wamid TEXT;
      ALTER TABLE send_ledger ADD COLUMN wa_id TEXT;
      ALTER TABLE send_ledger ADD COLUMN delivery TEXT
        CHECK (delivery IS NULL OR delivery IN ('accepted', 'sent', 'delivered', 'read', 'failed'));
      ALTER TABLE send_ledger ADD COLUMN delivery_at INTEGER;
      ALTER TABLE send_ledger ADD COLUMN error_code INTEGER;
      CREATE UNIQUE INDEX send_ledger_by_wamid ON send_ledger (wamid) WHERE wamid IS NOT NULL;
    `)
    widenOptOutSources(db)
  },
}

import type { Migration } from './migration'

export const m0040Campaigns: Migration = {
  version: 40,
  name: 'senders, campaigns and the send ledger',
  up(db) {
    db.exec(`
      -- Someone who already chats with the shop: a message to them starts no new chat.
      ALTER TABLE contacts ADD COLUMN chats_with_shop INTEGER NOT NULL DEFAULT 0
        CHECK (chats_with_shop IN (0, 1));

      CREATE TABLE senders (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('assisted')),
        phone TEXT NOT NULL,
        started_on TEXT NOT NULL,
        time_zone TEXT NOT NULL,
        sending_window TEXT NOT NULL CHECK (json_valid(sending_window)),
        limits TEXT NOT NULL CHECK (json_valid(limits)),
        warm_up TEXT NOT NULL CHECK (json_valid(warm_up)),
        assisted_opener TEXT NOT NULL CHECK (assisted_opener IN ('wa_me', 'desktop_app', 'web')),
        -- The earliest moment of the next send: the last answer plus a drawn gap. Kept here so a
        -- restart never shortens it.
        next_gap_ends_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        sender_id INTEGER NOT NULL REFERENCES senders (id),
        list_id INTEGER REFERENCES lists (id) ON DELETE SET NULL,
        text TEXT NOT NULL,
        append_opt_out INTEGER NOT NULL CHECK (append_opt_out IN (0, 1)),
        opt_out_line TEXT NOT NULL,
        utm INTEGER NOT NULL CHECK (utm IN (0, 1)),
        utm_campaign TEXT NOT NULL,
        language TEXT NOT NULL CHECK (language IN ('ru', 'en')),
        start_at INTEGER,
        state TEXT NOT NULL CHECK (state IN
          ('draft', 'scheduled', 'running', 'paused', 'finished', 'cancelled')),
        -- For sharing one sender fairly: the campaign served longest ago goes next.
        last_served_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX campaigns_by_sender ON campaigns (sender_id, state);

      -- One item per person per campaign: the UNIQUE number is "never twice" kept by the database.
      CREATE TABLE campaign_items (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        e164 TEXT,
        position INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN
          ('planned', 'sending', 'sent', 'skipped', 'failed', 'uncertain')),
        reason TEXT,
        -- The text as it was sent, fixed when the item is claimed.
        sent_text TEXT,
        claimed_at INTEGER,
        done_at INTEGER,
        UNIQUE (campaign_id, e164)
      ) STRICT;
      CREATE INDEX campaign_items_by_state ON campaign_items (campaign_id, state, position);

      -- Every message a sender sent or may have sent, across its campaigns: the limits are rolling
      -- windows over this table. Rows the owner said were not sent stay, marked, for the record.
      CREATE TABLE send_ledger (
        id INTEGER PRIMARY KEY,
        sender_id INTEGER NOT NULL REFERENCES senders (id) ON DELETE CASCADE,
        campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
        item_id INTEGER REFERENCES campaign_items (id) ON DELETE SET NULL,
        e164 TEXT NOT NULL,
        at INTEGER NOT NULL,
        new_chat INTEGER NOT NULL CHECK (new_chat IN (0, 1)),
        state TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'not_sent', 'uncertain'))
      ) STRICT;
      CREATE INDEX send_ledger_by_time ON send_ledger (sender_id, at);
      CREATE INDEX send_ledger_by_number ON send_ledger (sender_id, e164);
    `)
  },
}

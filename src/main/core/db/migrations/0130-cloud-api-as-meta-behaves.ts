import type { Migration } from './migration'

/**
 * The Cloud API as Meta behaves. Every reply a person writes is kept with what Rupor made of it (a
 * stop, a likely stop the owner reviews, or anything else), so the owner sees it on the person's
 * card and the campaign's page. A person Meta limited (131049) is held for a day across every
 * campaign. Requests to the management endpoints are counted per account, to stay inside Meta's
 * hourly allowance. A template's header file is kept once per number with the media id Meta gave
 * it. Numbers of one business portfolio share its messaging limit. The ledger keeps the status
 * Meta answered a send with ("held for quality assessment") and when a message was last polled.
 */
export const m0130CloudApiAsMetaBehaves: Migration = {
  version: 130,
  name: 'replies, marketing holds, request budget, template media and the portfolio',
  up(db) {
    db.exec(`
      -- A message a person wrote to a Cloud API number (read from imported webhook events).
      CREATE TABLE replies (
        id INTEGER PRIMARY KEY,
        sender_id INTEGER NOT NULL REFERENCES senders (id) ON DELETE CASCADE,
        -- Meta's id of the incoming message: importing the same events twice adds nothing.
        wamid TEXT NOT NULL UNIQUE,
        e164 TEXT NOT NULL,
        -- What they wrote, or the button they tapped.
        text TEXT NOT NULL,
        at INTEGER NOT NULL,
        -- The campaign whose message it answers: the one it quotes, else the last one sent to them.
        campaign_id INTEGER REFERENCES campaigns (id) ON DELETE SET NULL,
        -- 'stop': certainly asks to stop (opted out at once); 'maybe_stop': the owner decides.
        reading TEXT NOT NULL CHECK (reading IN ('stop', 'maybe_stop', 'other')),
        -- The owner's decision on a 'maybe_stop'; null while it waits in "replies to review".
        review TEXT CHECK (review IS NULL OR review IN ('opt_out', 'not_opt_out')),
        reviewed_at INTEGER
      ) STRICT;
      CREATE INDEX replies_by_number ON replies (e164, at);
      CREATE INDEX replies_by_campaign ON replies (campaign_id, at);
      CREATE INDEX replies_to_review ON replies (at) WHERE reading = 'maybe_stop' AND review IS NULL;

      -- Meta limited the marketing messages this person gets (131049): nothing goes to them, from any
      -- campaign or number, before 'until' (retrying sooner makes it worse).
      CREATE TABLE marketing_holds (
        e164 TEXT PRIMARY KEY,
        until INTEGER NOT NULL,
        code INTEGER NOT NULL,
        at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Each request to Meta's management endpoints (status history, templates, checks), per
      -- WhatsApp Business account: the last hour's count is held inside Meta's allowance.
      CREATE TABLE cloud_requests (
        id INTEGER PRIMARY KEY,
        waba_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        purpose TEXT NOT NULL
      ) STRICT;
      CREATE INDEX cloud_requests_by_account ON cloud_requests (waba_id, at);

      -- A template header's file (image, video or document), kept so it can be uploaded again when
      -- Meta's media id expires; uploaded once per number and its id reused.
      CREATE TABLE cloud_media (
        id INTEGER PRIMARY KEY,
        sender_id INTEGER NOT NULL REFERENCES senders (id) ON DELETE CASCADE,
        sha256 TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'video', 'document')),
        mime TEXT NOT NULL,
        file_name TEXT NOT NULL,
        bytes BLOB NOT NULL,
        media_id TEXT,
        uploaded_at INTEGER,
        created_at INTEGER NOT NULL,
        UNIQUE (sender_id, sha256)
      ) STRICT;

      -- The business portfolio a number belongs to: its numbers share one messaging limit.
      ALTER TABLE cloud_connections ADD COLUMN portfolio_id TEXT;
      ALTER TABLE cloud_connections ADD COLUMN portfolio_source TEXT
        CHECK (portfolio_source IS NULL OR portfolio_source IN ('meta', 'owner'));

      -- How Meta answered the send: 'held_for_quality_assessment' may be dropped later.
      ALTER TABLE send_ledger ADD COLUMN meta_status TEXT CHECK (meta_status IS NULL OR
        meta_status IN ('accepted', 'held_for_quality_assessment', 'paused'));
      -- When the message history was last asked about it, and how often it did not know the id.
      ALTER TABLE send_ledger ADD COLUMN polled_at INTEGER;
      ALTER TABLE send_ledger ADD COLUMN poll_misses INTEGER NOT NULL DEFAULT 0;
    `)
  },
}

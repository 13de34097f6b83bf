import type { Migration } from './migration'

/**
 * Every block of a number is kept, not only the one in force: the ban centre shows the history,
 * the risk meter counts a recent block, and the warm-up starts again from the end of the latest.
 * A block in force at the upgrade becomes the history's first row.
 */
export const m0060BlockHistory: Migration = {
  version: 60,
  name: 'block history',
  up(db) {
    db.exec(`
      CREATE TABLE sender_blocks (
        id INTEGER PRIMARY KEY,
        sender_id INTEGER NOT NULL REFERENCES senders(id) ON DELETE CASCADE,
        -- JSON SenderBlock: reason, code, message, at, until.
        block TEXT NOT NULL,
        at INTEGER NOT NULL,
        -- When a temporary block ends by itself; NULL: not until the owner lifts it.
        until INTEGER,
        lifted_at INTEGER
      ) STRICT;
      CREATE INDEX sender_blocks_by_sender ON sender_blocks (sender_id, at);
      INSERT INTO sender_blocks (sender_id, block, at, until)
        SELECT id, block, json_extract(block, '$.at'), json_extract(block, '$.until')
        FROM senders WHERE block IS NOT NULL;
    `)
  },
}

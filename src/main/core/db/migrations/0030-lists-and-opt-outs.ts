import type { Migration } from './migration'

export const m0030ListsAndOptOuts: Migration = {
  version: 30,
  name: 'lists and opt-outs',
  up(db) {
    db.exec(`
      -- The opt-out list again, now with where each entry came from, checked. Nothing wrote
      -- to the 0020 table yet, but its rows are carried over all the same.
      CREATE TABLE opt_outs_next (
        e164 TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        source TEXT NOT NULL CHECK (source IN
          ('contact_card', 'assisted_send', 'reply_keyword', 'imported_list', 'manual_entry')),
        note TEXT NOT NULL DEFAULT '',
        -- Set when the number was added because another number of the same contact opted out.
        linked_from TEXT
      ) STRICT, WITHOUT ROWID;
      INSERT INTO opt_outs_next (e164, created_at, source, note)
        SELECT e164, created_at,
          CASE WHEN source IN ('contact_card', 'assisted_send', 'reply_keyword', 'imported_list')
            THEN source ELSE 'manual_entry' END,
          note
        FROM opt_outs;
      DROP TABLE opt_outs;
      ALTER TABLE opt_outs_next RENAME TO opt_outs;

      -- Every change to the list, for the shop's records and as the key that lets a number off it.
      CREATE TABLE opt_out_events (
        id INTEGER PRIMARY KEY,
        e164 TEXT NOT NULL,
        action TEXT NOT NULL CHECK (action IN ('opted_out', 'resubscribed')),
        at INTEGER NOT NULL,
        source TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX opt_out_events_by_number ON opt_out_events (e164, id);
      CREATE TRIGGER opt_outs_record_insert AFTER INSERT ON opt_outs BEGIN
        INSERT INTO opt_out_events (e164, action, at, source, note)
          VALUES (new.e164, 'opted_out', new.created_at, new.source, new.note);
      END;
      -- Only a re-subscription, recorded first, takes a number off the list: a stray DELETE
      -- anywhere in the code fails instead of messaging someone who asked us to stop.
      CREATE TRIGGER opt_outs_guard_delete BEFORE DELETE ON opt_outs
      WHEN coalesce((SELECT action FROM opt_out_events WHERE e164 = old.e164
                     ORDER BY id DESC LIMIT 1), '') <> 'resubscribed'
      BEGIN
        SELECT RAISE(ABORT, 'opt_out_protected: only a re-subscription removes an opt-out');
      END;
      CREATE TRIGGER opt_outs_guard_update BEFORE UPDATE OF e164 ON opt_outs BEGIN
        SELECT RAISE(ABORT, 'opt_out_protected: an opted-out number cannot be changed');
      END;

      CREATE TABLE lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        -- The name folded for comparison: two lists cannot be told apart by case alone.
        name_key TEXT NOT NULL UNIQUE,
        description TEXT NOT NULL DEFAULT '',
        filter TEXT CHECK (filter IS NULL OR json_valid(filter)),
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE list_members (
        list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        added_at INTEGER NOT NULL,
        PRIMARY KEY (list_id, contact_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX list_members_by_contact ON list_members (contact_id, list_id);
      -- WhatsApp's cap, kept by the database too, whatever the caller.
      CREATE TRIGGER list_members_cap BEFORE INSERT ON list_members
      WHEN (SELECT count(*) FROM list_members WHERE list_id = new.list_id) >= 256
      BEGIN
        SELECT RAISE(ABORT, 'list_full: a broadcast list holds at most 256 people');
      END;
    `)
  },
}

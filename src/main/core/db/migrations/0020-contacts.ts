import type { Migration } from './migration'

export const m0020Contacts: Migration = {
  version: 20,
  name: 'contacts',
  up(db) {
    db.exec(`
      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        consent TEXT NOT NULL DEFAULT 'unknown' CHECK (consent IN ('granted', 'unknown', 'withdrawn')),
        consent_source TEXT NOT NULL DEFAULT '',
        consent_at INTEGER,
        flag TEXT CHECK (flag IN ('not_mobile', 'no_phone')),
        -- The number a broadcast goes to, kept here too so the table sorts and shows it cheaply.
        primary_phone TEXT,
        -- Lower-cased name for sorting; lower-cased name and number digits for searching.
        sort_key TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX contacts_by_sort_key ON contacts (sort_key, id);
      CREATE INDEX contacts_by_primary_phone ON contacts (primary_phone, id);
      CREATE INDEX contacts_by_updated ON contacts (updated_at, id);

      CREATE TABLE contact_phones (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        e164 TEXT NOT NULL UNIQUE,
        raw TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('mobile', 'fixed_or_mobile', 'fixed', 'other')),
        label TEXT NOT NULL DEFAULT '',
        is_primary INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
        PRIMARY KEY (contact_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE contact_tags (
        contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (contact_id, tag)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX contact_tags_by_tag ON contact_tags (tag, contact_id);

      -- Keyed by number and independent of contacts: deleting or re-importing a contact
      -- never takes a number off this list.
      CREATE TABLE opt_outs (
        e164 TEXT PRIMARY KEY,
        created_at INTEGER NOT NULL,
        source TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT, WITHOUT ROWID;

      -- Deleted contacts, kept whole for a while so a delete can be undone.
      CREATE TABLE deleted_contacts (
        undo_token TEXT NOT NULL,
        contact_id INTEGER NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        deleted_at INTEGER NOT NULL,
        PRIMARY KEY (undo_token, contact_id)
      ) STRICT, WITHOUT ROWID;

      -- Substring search over names and number digits, for any part the user remembers.
      CREATE VIRTUAL TABLE contacts_search USING fts5 (
        search_text, content = 'contacts', content_rowid = 'id', tokenize = 'trigram'
      );
      -- While a large import runs, contacts above after_id are indexed in one statement at its
      -- end (several times faster than row by row); the triggers skip them meanwhile.
      CREATE TABLE search_index_deferred (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        after_id INTEGER NOT NULL
      ) STRICT;
      CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts
      WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred WHERE new.id > after_id) BEGIN
        INSERT INTO contacts_search (rowid, search_text) VALUES (new.id, new.search_text);
      END;
      CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts
      WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred WHERE old.id > after_id) BEGIN
        INSERT INTO contacts_search (contacts_search, rowid, search_text)
          VALUES ('delete', old.id, old.search_text);
      END;
      CREATE TRIGGER contacts_search_update AFTER UPDATE OF search_text ON contacts
      WHEN NOT EXISTS (SELECT 1 FROM search_index_deferred WHERE old.id > after_id) BEGIN
        INSERT INTO contacts_search (contacts_search, rowid, search_text)
          VALUES ('delete', old.id, old.search_text);
        INSERT INTO contacts_search (rowid, search_text) VALUES (new.id, new.search_text);
      END;

      CREATE TABLE imports (
        id TEXT PRIMARY KEY,
        file_name TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('uploading', 'ready', 'running', 'finished', 'cancelled', 'failed')),
        created_at INTEGER NOT NULL,
        finished_at INTEGER,
        -- the file's header row, for the CSV report of problem rows
        headers TEXT CHECK (headers IS NULL OR json_valid(headers)),
        summary TEXT CHECK (summary IS NULL OR json_valid(summary))
      ) STRICT;
      CREATE TABLE import_problems (
        import_id TEXT NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        line INTEGER NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('rejected', 'flagged')),
        code TEXT NOT NULL,
        value TEXT NOT NULL,
        raw TEXT NOT NULL CHECK (json_valid(raw)),
        PRIMARY KEY (import_id, seq)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}

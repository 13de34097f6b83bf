import type { Migration } from './migration'

/**
 * A campaign reaches several lists, one after another: `campaign_lists` holds them in their order
 * and is the one source of truth from here on. Each campaign's list so far becomes its first (and
 * only) one. Deleting a list takes it out of the campaigns that use it, as `campaigns.list_id`'s
 * ON DELETE SET NULL did; a started campaign keeps its queue either way.
 *
 * `campaigns.list_id` stays, unread and unwritten: SQLite drops a column with a foreign key only by
 * rebuilding the table, which is not worth the risk for a column nothing reads.
 */
export const m0110CampaignLists: Migration = {
  version: 110,
  name: 'a campaign reaches several lists',
  up(db) {
    db.exec(`
      CREATE TABLE campaign_lists (
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, list_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX campaign_lists_by_list ON campaign_lists (list_id);

      INSERT INTO campaign_lists (campaign_id, list_id, position)
        SELECT id, list_id, 0 FROM campaigns WHERE list_id IS NOT NULL;
      UPDATE campaigns SET list_id = NULL;
    `)
  },
}

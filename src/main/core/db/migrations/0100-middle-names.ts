import type { Migration } from './migration'

/**
 * A contact's middle name (отчество), so a message can address «Анна Петровна»; and the name of
 * the row each import problem is about, so the report says who a rejected row was. Rows already
 * there get '': their contacts had no middle name kept, their problems no name.
 */
export const m0100MiddleNames: Migration = {
  version: 100,
  name: 'middle names, and the name of a problem row',
  up(db) {
    db.exec(`
      ALTER TABLE contacts ADD COLUMN middle_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE import_problems ADD COLUMN name TEXT NOT NULL DEFAULT '';
    `)
  },
}

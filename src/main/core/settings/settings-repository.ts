import type { Database } from 'better-sqlite3'
import { defaultSettings, settingsSchema, type Settings } from '../../../shared/settings'

/** Settings are stored one JSON value per key; unknown or invalid stored values fall back. */
export function createSettingsRepository(db: Database) {
  const selectAll = db.prepare<[], { key: string; value: string }>(
    'SELECT key, value FROM settings',
  )
  const upsert = db.prepare<[string, string, number]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  )

  return {
    read(): Settings {
      const stored: Record<string, unknown> = {}
      for (const row of selectAll.all()) stored[row.key] = JSON.parse(row.value)
      const merged = { ...defaultSettings }
      for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
        const field = settingsSchema.shape[key].safeParse(stored[key])
        if (field.success) Object.assign(merged, { [key]: field.data })
      }
      return merged
    },
    write(values: Partial<Settings>, now: number): void {
      db.transaction(() => {
        for (const [key, value] of Object.entries(values) as [string, unknown][]) {
          if (value !== undefined) upsert.run(key, JSON.stringify(value), now)
        }
      })()
    },
  }
}
export type SettingsRepository = ReturnType<typeof createSettingsRepository>

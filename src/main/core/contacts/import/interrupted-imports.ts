import type { Database } from 'better-sqlite3'
import { emptyReport } from './ended-report'

/**
 * Settles the imports a killed process left unfinished (a crash, a pulled plug). Their staged rows
 * died with the connection (a TEMP table) and the book kept its last commit, so nothing of them is
 * in it; they are reported as interrupted instead of running forever, their problem rows and
 * upload files removed. Run once at start, before any import can begin.
 */
export function settleInterruptedImports(
  db: Database,
  removeUpload: (importId: string) => void,
  now: number,
): void {
  const left = db
    .prepare<[], { id: string; file_name: string }>(
      "SELECT id, file_name FROM imports WHERE status IN ('uploading', 'ready', 'running')",
    )
    .all()
  // The status column allows only the states of a live import; the report the user reads is the
  // summary, which says what happened.
  const settle = db.prepare<[number, string, string]>(
    "UPDATE imports SET status = 'failed', finished_at = ?, summary = ? WHERE id = ?",
  )
  const clearProblems = db.prepare<[string]>('DELETE FROM import_problems WHERE import_id = ?')
  db.transaction(() => {
    for (const row of left) {
      const { problems: _none, ...summary } = emptyReport(row.id, row.file_name, 'interrupted')
      clearProblems.run(row.id)
      settle.run(now, JSON.stringify(summary), row.id)
    }
  })()
  for (const row of left) removeUpload(row.id)
}

import type { Database } from 'better-sqlite3'
import type { RowProblem } from '../../../../shared/imports'

interface ProblemRow {
  line: number
  severity: RowProblem['severity']
  code: RowProblem['code']
  value: string
  raw: string
  name: string
}

/**
 * Every rejected or flagged row of an import, in file order, kept for the report and its CSV.
 * `stagedIn`: the writer writes to that TEMP table of the connection instead (import-job.ts: no
 * write to the book's file before the apply's transaction).
 */
export function createImportProblemsRepository(db: Database, stagedIn?: string) {
  const insert = db.prepare<[string, number, number, string, string, string, string, string]>(
    `INSERT INTO ${stagedIn ?? 'import_problems'} (import_id, seq, line, severity, code, value, raw, name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const select = db.prepare<[string, number, number], ProblemRow>(
    `SELECT line, severity, code, value, raw, name FROM import_problems
     WHERE import_id = ? ORDER BY line, seq LIMIT ? OFFSET ?`,
  )
  const selectAll = db.prepare<[string], ProblemRow>(
    'SELECT line, severity, code, value, raw, name FROM import_problems WHERE import_id = ? ORDER BY line, seq',
  )
  const countLines = db.prepare<[string, string], { n: number }>(
    'SELECT count(DISTINCT line) AS n FROM import_problems WHERE import_id = ? AND severity = ?',
  )
  const remove = db.prepare<[string]>('DELETE FROM import_problems WHERE import_id = ?')

  return {
    /** Buffers problems and writes them in batches; `flush` writes the rest. */
    writer(importId: string) {
      let seq = 0
      let pending: RowProblem[] = []
      const write = db.transaction((problems: RowProblem[]) => {
        for (const p of problems) {
          insert.run(
            importId,
            seq++,
            p.line,
            p.severity,
            p.code,
            p.value,
            JSON.stringify(p.raw),
            p.name ?? '',
          )
        }
      })
      const flush = (): void => {
        write(pending)
        pending = []
      }
      return {
        add(problems: RowProblem[]): void {
          pending.push(...problems)
          if (pending.length >= 1000) flush()
        },
        flush,
      }
    },
    page(importId: string, offset: number, limit: number): RowProblem[] {
      return select.all(importId, limit, offset).map(toProblem)
    },
    /** All of them, one at a time, for the CSV report. */
    *all(importId: string): Generator<RowProblem> {
      for (const row of selectAll.iterate(importId)) yield toProblem(row)
    },
    /** Rows with at least one problem of this severity. */
    rowsWith(importId: string, severity: RowProblem['severity']): number {
      return countLines.get(importId, severity)?.n ?? 0
    },
    clear(importId: string): void {
      remove.run(importId)
    },
  }
}

const toProblem = (row: ProblemRow): RowProblem => ({
  line: row.line,
  severity: row.severity,
  code: row.code,
  value: row.value,
  raw: JSON.parse(row.raw) as string[],
  name: row.name,
})

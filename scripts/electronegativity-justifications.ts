// Which Electronegativity findings docs/security.md justifies. Pure, so the rules are tested
// (electronegativity-justifications.test.ts) without running the scanner.

/** The section of docs/security.md whose table lists the justified findings. */
export const justificationsHeading = '## Electronegativity findings'

/** The code cell of a check that reports no place in a file (file "N/A", line 0). */
export const noPlace = '—'

export interface Justification {
  check: string
  file: string
  /** Text that must be on the finding's line: the row covers that call only, wherever it moves. */
  code: string
  why: string
  /** The row's line in docs/security.md, for messages. */
  line: number
}

export interface Finding {
  id: string
  file: string
  line: number
  column: number
}

const unticked = (cell: string): string => cell.trim().replace(/^`(.*)`$/, '$1')

/**
 * Reads the table under {@link justificationsHeading}: one row per justified finding,
 * `| check | file | code on the finding's line | why it is safe |`.
 */
export function readJustifications(markdown: string): Justification[] {
  const lines = markdown.split('\n')
  const start = lines.findIndex((line) => line.trim() === justificationsHeading)
  if (start === -1) throw new Error(`docs/security.md has no "${justificationsHeading}" section`)
  const rows: Justification[] = []
  for (let index = start + 1; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim()
    if (/^#{1,2} /.test(line)) break
    const cells = line.startsWith('|') ? line.slice(1, -1).split(' | ') : []
    const [check = '', file = '', code = '', why = ''] = cells.map(unticked)
    if (!/^[A-Z_]+_CHECK$/.test(check)) continue
    const where = `docs/security.md:${index + 1}`
    if (cells.length !== 4) throw new Error(`${where}: a row has 4 cells (no " | " inside one)`)
    if (why === '') throw new Error(`${where}: ${check} does not say why it is safe`)
    rows.push({ check, file, code, why, line: index + 1 })
  }
  return rows
}

/**
 * Pairs findings with justifications. A finding is justified by a row with its check, its file
 * and, on its line, the row's code. A row that justifies nothing is stale.
 */
export function matchFindings<F extends Finding>(
  findings: F[],
  justifications: Justification[],
  sourceLine: (file: string, line: number) => string,
): { unjustified: F[]; stale: Justification[] } {
  const used = new Set<Justification>()
  const justifies = (row: Justification, finding: F): boolean =>
    row.check === finding.id &&
    row.file === finding.file &&
    (finding.line === 0
      ? row.code === noPlace
      : row.code !== noPlace && sourceLine(finding.file, finding.line).includes(row.code))
  const unjustified = findings.filter((finding) => {
    const row = justifications.find((candidate) => justifies(candidate, finding))
    if (row) used.add(row)
    return row === undefined
  })
  return { unjustified, stale: justifications.filter((row) => !used.has(row)) }
}

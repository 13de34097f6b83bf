import { describe, expect, it } from 'vitest'
import { matchFindings, readJustifications } from './electronegativity-justifications'

const docs = `# Security

| check | file | code | why |
| --- | --- | --- | --- |
| \`OPEN_EXTERNAL_JS_CHECK\` | \`a.ts\` | \`outside the section\` | not read |

## Electronegativity findings

| check                    | file      | code on the line      | why it is safe   |
| ------------------------ | --------- | --------------------- | ---------------- |
| \`OPEN_EXTERNAL_JS_CHECK\` | \`a.ts\`    | \`shell.openExternal(url)\` | guarded          |
| \`CSP_GLOBAL_CHECK\`       | \`N/A\`     | —                     | no place to name |

## The host

| \`PRELOAD_JS_CHECK\` | \`b.ts\` | \`preload\` | another section: not read |
`

const source: Record<string, string[]> = {
  'a.ts': ['// a.ts', 'if (ok) await shell.openExternal(url)', 'await shell.openExternal(other)'],
}
const sourceLine = (file: string, line: number): string => source[file]?.[line - 1] ?? ''
const finding = (id: string, file: string, line: number) => ({ id, file, line, column: 0 })

describe('Electronegativity justifications', () => {
  const rows = readJustifications(docs)

  it('reads only the rows of its own section', () => {
    expect(rows.map(({ check, file, code, why }) => [check, file, code, why])).toEqual([
      ['OPEN_EXTERNAL_JS_CHECK', 'a.ts', 'shell.openExternal(url)', 'guarded'],
      ['CSP_GLOBAL_CHECK', 'N/A', '—', 'no place to name'],
    ])
  })

  it('passes when every finding has its row and every row its finding', () => {
    const findings = [
      finding('OPEN_EXTERNAL_JS_CHECK', 'a.ts', 2),
      finding('CSP_GLOBAL_CHECK', 'N/A', 0),
    ]
    expect(matchFindings(findings, rows, sourceLine)).toEqual({ unjustified: [], stale: [] })
  })

  it('fails a finding of a justified check on another line of the same file', () => {
    const other = finding('OPEN_EXTERNAL_JS_CHECK', 'a.ts', 3)
    const { unjustified } = matchFindings(
      [finding('OPEN_EXTERNAL_JS_CHECK', 'a.ts', 2), other, finding('CSP_GLOBAL_CHECK', 'N/A', 0)],
      rows,
      sourceLine,
    )
    expect(unjustified).toEqual([other])
  })

  it('fails a finding of another check on a justified line', () => {
    const preload = finding('PRELOAD_JS_CHECK', 'a.ts', 2)
    expect(matchFindings([preload], rows, sourceLine).unjustified).toEqual([preload])
  })

  it('calls a row stale once its finding is gone', () => {
    const { stale } = matchFindings([finding('CSP_GLOBAL_CHECK', 'N/A', 0)], rows, sourceLine)
    expect(stale.map((row) => row.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK'])
  })

  it('refuses a row that does not say why, or has a cell too many', () => {
    const section = '## Electronegativity findings\n\n'
    expect(() => readJustifications(`${section}| \`CSP_GLOBAL_CHECK\` | \`N/A\` | — |  |`)).toThrow(
      /does not say why/,
    )
    expect(() =>
      readJustifications(`${section}| \`CSP_GLOBAL_CHECK\` | \`N/A\` | — | a | b |`),
    ).toThrow(/4 cells/)
    expect(() => readJustifications('# Security')).toThrow(/no "## Electronegativity findings"/)
  })
})

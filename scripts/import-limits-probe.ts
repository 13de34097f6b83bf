// Times the import preview on files no contacts export looks like: a header of thousands of
// columns, a 30 MB line without a quote. Prints; asserts nothing (timing is the bench's, not a test's).
// Run: nice -n 10 npx vite-node scripts/import-limits-probe.ts -- [columns...]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestCore } from '../src/main/core/test-support/test-core'
import { callCore, uploadFile } from '../src/main/core/test-support/import-file'

type Shape = 'plain' | 'google'

/** A header of `columns` names and two rows; "google" repeats Phone N - Label / Phone N - Value. */
function wideTable(columns: number, shape: Shape): string {
  const names = Array.from({ length: columns }, (_, i) =>
    shape === 'plain'
      ? `Column ${String(i + 1)}`
      : i % 2 === 0
        ? `Phone ${String(i / 2 + 1)} - Label`
        : `Phone ${String((i - 1) / 2 + 1)} - Value`,
  )
  const row = (phone: string) =>
    Array.from({ length: columns }, (_, i) => (i === 1 ? phone : i % 2 === 0 ? 'Mobile' : ''))
  return [names, row('+7 916 123-45-67'), row('+7 903 765-43-21')]
    .map((r) => r.join(','))
    .join('\n')
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--')
  const counts = args.length > 0 ? args.map(Number) : [2_000, 20_000, 200_000]
  const dir = mkdtempSync(join(tmpdir(), 'rupor-limits-'))
  const { core } = createTestCore(join(dir, 'data'))
  const time = async (label: string, content: string) => {
    const path = join(dir, 'file.csv')
    writeFileSync(path, content)
    const importId = await uploadFile(core, path, 'file.csv', 4 * 1024 * 1024)
    const started = performance.now()
    let outcome: string
    try {
      const preview = await callCore<{ headers: string[] }>(core, 'imports.preview', { importId })
      outcome = `previewed, ${String(preview.headers.length)} columns, answer ${String(JSON.stringify(preview).length)} chars`
    } catch (error) {
      const details = (error as { error?: { details?: unknown } }).error?.details
      outcome = `refused ${JSON.stringify(details)}`
    }
    const ms = performance.now() - started
    console.log(`${label.padEnd(34)} ${ms.toFixed(0).padStart(7)} ms  ${outcome}`)
  }
  try {
    for (const shape of ['plain', 'google'] as const) {
      for (const columns of counts) {
        await time(`${String(columns)} columns (${shape})`, wideTable(columns, shape))
      }
    }
    await time('30 MB line, no quote', `Name,Phone\n${'x'.repeat(30 * 1024 * 1024)}\n`)
    await time('30 MB line, unclosed quote', `Name,Phone\n"${'x'.repeat(30 * 1024 * 1024)}\n`)
    const rows = Array.from(
      { length: 1_000_000 },
      (_, i) => `Client ${String(i)},+7916${String(1_000_000 + i)}`,
    )
    await time('30 MB of rows, quote left open', `Name,Phone\n"${rows.join('\n')}\n`)
    await time(
      '200 000 one-letter columns',
      `${Array(200_000).fill('a').join(',')}\nx,+79161234567\n`,
    )
  } finally {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()

// npm run bench [-- part ...]: runs the parts (all by default), prints ONE JSON document on stdout —
// the run (commit, machine, Node), its figures, the sizes they were measured at, and how each figure
// changed since the last saved run — saves the run in bench/results/, and writes progress and a
// readable table of the changes on stderr. Figures are measured, never asserted: no test fails on
// timing. Environment: BENCH_ROWS (book size, 100 000), BENCH_BIG_ROWS (1 000 000),
// BENCH_IDLE_SCALE (the idle part's clock speed-up, 360), BENCH_VCARD_CARDS (5 000),
// BENCH_SAVE=0 (do not save the run).
import type { PartResult } from './bench-calls'
import { removeRunFiles } from './book-fixture'
import { benchBundle } from './bundle-bench'
import { changeLines, figureChanges } from './figure-changes'
import { benchIdle } from './idle-bench'
import { benchImport } from './import-bench'
import { benchLists } from './lists-bench'
import { benchPaint } from './paint-bench'
import { benchRisk } from './risk-bench'
import { newRecord, saveRecord, savedRecords, srcDirtyNow } from './run-record'
import { benchSearch } from './search-bench'
import { benchStartup } from './startup-bench'
import { benchVcard } from './vcard-bench'

const rows = Number(process.env.BENCH_ROWS ?? 100_000)

const parts: Record<string, () => Promise<PartResult>> = {
  import: () => benchImport({ rows, bigRows: Number(process.env.BENCH_BIG_ROWS ?? 1_000_000) }),
  search: () => benchSearch({ rows }),
  startup: () => benchStartup({ rows }),
  idle: () => benchIdle({ rows, scale: Number(process.env.BENCH_IDLE_SCALE ?? 360) }),
  lists: () => benchLists({ rows }),
  risk: () => benchRisk({ rows }),
  bundle: () => benchBundle(),
  paint: () => benchPaint({ rows }),
  vcard: () => benchVcard({ cards: Number(process.env.BENCH_VCARD_CARDS ?? 5_000) }),
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => arg !== '--')
  const names = wanted.length > 0 ? wanted : Object.keys(parts)
  const unknown = names.filter((name) => !(name in parts))
  if (unknown.length > 0) {
    throw new Error(
      `unknown bench part ${unknown.join(', ')}; known: ${Object.keys(parts).join(', ')}`,
    )
  }
  const srcDirty = srcDirtyNow()
  const figures: Record<string, number> = {}
  const sizes: Record<string, number> = {}
  try {
    for (const name of names) {
      const started = performance.now()
      console.error(`bench: ${name}…`)
      const result = await (parts[name] as () => Promise<PartResult>)()
      Object.assign(figures, result.figures)
      Object.assign(sizes, result.sizes)
      console.error(
        `bench: ${name} done in ${String(Math.round((performance.now() - started) / 1000))} s`,
      )
    }
  } finally {
    removeRunFiles()
  }
  const record = newRecord({ parts: names, srcDirty }, sizes, figures)
  const changes = figureChanges(record, savedRecords())
  const savedAs =
    process.env.BENCH_SAVE === '0' ? null : `bench/results/${await saveRecord(record)}`
  console.error(
    ['', 'bench: change since the last saved run', ...changeLines(figures, changes)].join('\n'),
  )
  console.log(JSON.stringify({ ...record, changes, savedAs }, null, 2))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

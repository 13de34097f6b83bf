// npm run bench [-- part ...]: prints one JSON object of named figures. Parts: import, lists, risk.
// Figures are measured, never asserted: tests do not fail on timing.
import { benchImport } from './import-bench'
import { benchLists } from './lists-bench'
import { benchRisk } from './risk-bench'

const parts: Record<string, () => Promise<Record<string, number>>> = {
  import: () =>
    benchImport({
      rows: Number(process.env.BENCH_ROWS ?? 100_000),
      bigRows: Number(process.env.BENCH_BIG_ROWS ?? 1_000_000),
    }),
  lists: () => benchLists({ rows: Number(process.env.BENCH_ROWS ?? 100_000) }),
  risk: () => benchRisk({ rows: Number(process.env.BENCH_ROWS ?? 100_000) }),
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((arg) => arg !== '--')
  const names = wanted.length > 0 ? wanted : Object.keys(parts)
  const figures: Record<string, number> = {}
  for (const name of names) {
    const part = parts[name]
    if (!part)
      throw new Error(`unknown bench part "${name}"; known: ${Object.keys(parts).join(', ')}`)
    Object.assign(figures, await part())
  }
  console.log(JSON.stringify(figures, null, 2))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})

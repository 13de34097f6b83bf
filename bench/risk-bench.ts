import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Core } from '../src/main/core/create-core'
import { dispatch } from '../src/main/core/dispatch'
import type { ListSummary } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import { importThroughCore, openBenchCore } from './import-bench'
import { writeGoogleCsv } from './make-google-csv'

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, name, input)
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
  return result.value as T
}

async function timesOf(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    await work()
    times.push(Math.round((performance.now() - start) * 10) / 10)
  }
  return times.sort((a, b) => a - b)
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? -1

/**
 * The composer's live meter and forecast over a book of `rows` contacts: a 256-person draft on a
 * young number. The forecast copies the whole database and runs the scheduler over days, so it is
 * the figure to watch as books grow.
 */
export async function benchRisk(options: { rows: number }): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'rupor-bench-risk-'))
  const core = openBenchCore(join(dir, 'data'))
  try {
    const file = join(dir, 'contacts.csv')
    await writeGoogleCsv(file, options.rows)
    await importThroughCore(core, file)
    await call(core, 'settings.update', { broadcastWithoutConsent: true })
    const [list] = await call<ListSummary[]>(core, 'lists.build', {
      selection: { filter: {} },
      name: 'Все',
      split: true,
    })
    const sender = await call<Sender>(core, 'senders.save', {
      label: 'Магазин',
      phone: '+79030000000',
      startedOn: new Date().toISOString().slice(0, 10),
      timeZone: 'Europe/Moscow',
    })
    const draft = {
      senderId: sender.id,
      listId: list?.id ?? null,
      text: 'Здравствуйте, {{first_name|друг}}! Скидка 20% до воскресенья: https://shop.example/sale',
    }
    const meter = await timesOf(30, () => call(core, 'risk.draft', draft))
    const forecast = await timesOf(5, () => call(core, 'risk.forecastDraft', draft))
    return {
      risk_book_rows: options.rows,
      risk_list_people: list?.size ?? 0,
      risk_draft_p95_ms: percentile(meter, 95),
      risk_forecast_draft_median_ms: percentile(forecast, 50),
    }
  } finally {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

import type { ListSummary } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import { call, percentile, timesOf } from './bench-calls'
import { withImportedBook } from './import-bench'

/**
 * The composer's live meter and forecast over a book of `rows` contacts: a 256-person draft on a
 * young number. The forecast copies the whole database and runs the scheduler over days, so it is
 * the figure to watch as books grow.
 */
export async function benchRisk(options: { rows: number }): Promise<Record<string, number>> {
  return withImportedBook('risk', options.rows, async (core) => {
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
  })
}

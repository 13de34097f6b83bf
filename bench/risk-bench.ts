import type { ListSummary } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import type { PartResult } from './bench-calls'
import { call, percentile, timesOf } from './bench-calls'
import { withBookCopy } from './book-fixture'
import { worstCallDuring } from './worst-call'

/**
 * The composer's live meter and forecast over a book of `rows` contacts: a 256-person draft on a
 * young number. The forecast copies the part of the database it reads and runs the scheduler over
 * days; it yields to the core's thread as it goes, so the UI's cheap calls are answered meanwhile.
 */
export async function benchRisk(options: { rows: number }): Promise<PartResult> {
  return withBookCopy(options.rows, async (core) => {
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
      listIds: list ? [list.id] : [],
      text: 'Здравствуйте, {{first_name|друг}}! Скидка 20% до воскресенья: https://shop.example/sale',
    }
    const meter = await timesOf(30, () => call(core, 'risk.draft', draft))
    const forecast = await timesOf(5, () => call(core, 'risk.forecastDraft', draft))
    const during = await worstCallDuring(core, () => call(core, 'risk.forecastDraft', draft))
    return {
      figures: {
        riskDraftP95Ms: percentile(meter, 95),
        riskForecastDraftMedianMs: percentile(forecast, 50),
        riskForecastWorstCallMs: during.worstCallMs,
      },
      sizes: { riskBookRows: options.rows, riskListPeople: list?.size ?? 0 },
    }
  })
}

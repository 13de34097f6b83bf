// The meter and the forecast for a campaign to several lists: each list is one broadcast list, so
// "large list" reads the largest; everyone of the lists is forecast, someone in two lists once.
import { describe, expect, it } from 'vitest'
import type { ListDetail } from '../../../shared/lists'
import type { Forecast, RiskAssessment } from '../../../shared/risk'
import { bookOf, setUpAssistedCore } from '../test-support/assisted-core'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'

describe('the meter and the forecast of a campaign to several lists', () => {
  const tempDir = useTempDir()

  it('measures the largest list, and forecasts everyone of the lists once', async () => {
    const { core, sender, ids } = await setUpAssistedCore(tempDir(), { book: bookOf(200) })
    const listOf = (name: string, from: number, to: number) =>
      callCore<ListDetail>(core, 'lists.create', { name, contactIds: ids.slice(from, to) })
    // 120 and 100 people, 20 of them in both: 200 people, the largest list 120.
    const first = await listOf('Весна 1/2', 0, 120)
    const second = await listOf('Весна 2/2', 100, 200)
    const draft = { senderId: sender.id, listIds: [first.id, second.id], text: 'Привет!' }
    const risk = await callCore<RiskAssessment>(core, 'risk.draft', draft)
    expect(risk.factors.find((f) => f.key === 'list_size')?.value).toBe(120)
    const forecast = await callCore<Forecast>(core, 'risk.forecastDraft', draft)
    expect(forecast.messages).toBe(200)

    const one = await callCore<RiskAssessment>(core, 'risk.draft', {
      ...draft,
      listIds: [second.id],
    })
    expect(one.factors.find((f) => f.key === 'list_size')?.value).toBe(100)
  }, 60_000)
})

import type { EventName } from '../../../../shared/api'
import type { RiskDraft } from '../../../../shared/risk'
import { useLiveCall } from './use-live-call'

/** Typing must pause this long before the meter is asked again. */
const debounceMs = 400

/** What else changes a draft's risk: the number's own sends and settings, lists and opt-outs. */
const refreshOn: readonly EventName[] = [
  'campaigns.changed',
  'senders.changed',
  'lists.changed',
  'optOuts.changed',
]

/**
 * The meter and the forecast for the campaign as the composer has it now, asked once the form
 * stops changing; null (no number chosen yet) asks nothing.
 */
export function useDraftRisk(draft: RiskDraft | null) {
  const risk = useLiveCall('risk.draft', draft, { delayMs: debounceMs, refreshOn })
  // When it finishes depends on the number, the list, the start and the way, not the words: typing does
  // not ask for a new forecast (it runs the scheduler over days on a copy of the database).
  const forecast = useLiveCall('risk.forecastDraft', draft && scheduleOf(draft), {
    delayMs: debounceMs,
    refreshOn,
  })
  return { risk, forecast }
}

const scheduleOf = (draft: RiskDraft): RiskDraft => ({
  senderId: draft.senderId,
  listIds: draft.listIds ?? [],
  startAt: draft.startAt ?? null,
  // A phone broadcast is not simulated: all at once, when the owner sends it.
  ...(draft.way === undefined ? {} : { way: draft.way }),
})

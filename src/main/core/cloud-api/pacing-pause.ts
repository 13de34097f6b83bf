// Why campaigns pause when Meta's pacing drops a held message: in the owner's words (the renderer
// translates the reason), with Meta's code.
// https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
// https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-pacing
import type { PauseReason } from '../../../shared/cloud-errors'
import type { PacingKind } from './delivery-updates'

export function pacingPause(
  drop: { pacing: PacingKind; code: number | null },
  now: number,
): PauseReason {
  return {
    reason: drop.pacing === 'portfolio' ? 'portfolio_pacing_drop' : 'template_pacing_drop',
    code: drop.code,
    message: '',
    until: null,
    at: now,
  }
}

// The Cloud API channel: a claimed message goes out as one POST, and what Meta answers is settled
// through the error table — retried, deferred, skipped, paused, or the whole sender stopped.
import type { PauseReason } from '../../../shared/cloud-errors'
import type { Eligibility } from '../../../shared/eligibility'
import type { Sender } from '../../../shared/senders'
import type { Composer } from '../campaigns/compose-message'
import { cloudTemplateOf } from '../campaigns/compose-message'
import { CoreError } from '../errors'
import type { ClaimedTask, MetaSendStatus, Settlement } from '../scheduler/scheduler'
import type { CampaignRow } from '../scheduler/send-store'
import type { Clock } from '../time/clock'
import { CloudApiError, CloudUnreachable, createCloudClient } from './cloud-client'
import type { CloudMedia } from './cloud-media'
import type { CloudConnections } from './cloud-connections'
import { actionFor } from './error-actions'
import { callbackData, templateBody, textBody } from './request-bodies'
import { paramValues } from './template-shape'
import { personalButtonProblem } from '../../../shared/template-fill'

/**
 * Meta's "Media upload error" (131053, "Unable to upload the media used in the message"; Meta's
 * error-codes page): what a send answers when the header's media id is not usable.
 */
export const mediaErrorCode = 131053

/** Back-off for retries of the same message: 2 s, 4 s, 8 s, 16 s, 32 s, then the campaign pauses. */
export const retryDelaysMs = [2_000, 4_000, 8_000, 16_000, 32_000] as const

/** Meta paces messages to one person at one every 6 seconds (WHATSAPP-FACTS.md §3, [S7]). */
export const pairPaceMs = 6_000

/**
 * The wait before trying a pair-rate-limited person again (131056), from the failed attempt:
 * Meta suggests 4^X seconds (X = 0, 1, 2 …), but never less than its 6-second pace to one person,
 * so the first retry waits 6 s and the next ones 16 s, 64 s … 4^8 s.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/about-the-platform
 */
export const pairRetryMs = (attempt: number): number =>
  Math.max(pairPaceMs, 4 ** Math.min(Math.max(attempt, 0) + 1, 8) * 1000)

export function createCloudChannel(options: {
  connections: CloudConnections
  compose: Composer
  clock: Clock
  settle: (itemId: number, settlement: Settlement) => void
  attempts: (itemId: number) => number
  /** May this number be messaged now: asked again before every try, a retry's included. */
  check: (e164: string) => Eligibility
  /** Template header files: the media id each send names (uploaded before the start). */
  media?: CloudMedia
}) {
  const { connections, compose, clock, settle } = options
  const inFlight = new Set<Promise<unknown>>()
  /** Messages whose header file was uploaded again once after Meta did not know its id. */
  const reuploaded = new Set<number>()

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      clock.setTimeout(resolve, ms)
    })

  const pauseReason = (
    reason: PauseReason['reason'],
    code: number | null,
    message: string,
    until: number | null = null,
  ): PauseReason => ({ reason, code, message, until, at: clock.now() })

  function bodyOf(
    task: ClaimedTask,
    campaign: CampaignRow,
    mediaId: string | null,
  ): Record<string, unknown> {
    const template = cloudTemplateOf(campaign)
    const body = template
      ? templateBody(task.e164, template, paramValues(template, compose.fields(task)), mediaId)
      : textBody(task.e164, task.text)
    return { ...body, biz_opaque_callback_data: callbackData(campaign.id, task.itemId) }
  }

  /** Meta's error as a settlement, through the one table. */
  function fromError(error: CloudApiError, itemId: number): Settlement {
    const row = actionFor(error.code)
    const message = error.message
    switch (row.action) {
      case 'skip':
        return { kind: 'skip', reason: row.reason, code: error.code, optOut: row.optOut === true }
      case 'defer_recipient':
        return {
          kind: 'defer',
          until: clock.now() + pairRetryMs(options.attempts(itemId)),
          code: error.code,
        }
      case 'stop_sender':
        return {
          kind: 'stop_sender',
          block: { reason: row.reason, code: error.code, message, at: clock.now(), until: null },
        }
      case 'new_token':
        return { kind: 'new_token', reason: pauseReason(row.reason, error.code, message) }
      case 'retry':
      case 'pause_campaign':
        // A retry that ran out of attempts pauses as well, with the same reason. A parameter Meta
        // finds not valid (131009) is only explained by its details: the owner reads both.
        return {
          kind: 'pause',
          reason: pauseReason(
            row.reason,
            error.code,
            row.reason === 'parameter_not_valid' && error.details !== ''
              ? `${message} — ${error.details}`
              : message,
            error.regainAt,
          ),
        }
    }
  }

  /**
   * One try: the request and what follows from its answer. Returns the back-off before the next
   * try, or null once the message is settled. Tracked, so tests can wait for the network alone.
   */
  async function attempt(
    task: ClaimedTask,
    sender: Sender,
    campaign: CampaignRow,
    index: number,
  ): Promise<number | null> {
    let endpoint
    try {
      endpoint = await connections.endpoint(sender.id)
    } catch (error) {
      const reason = error instanceof CoreError ? error.message : 'No Cloud API connection.'
      settle(task.itemId, { kind: 'new_token', reason: pauseReason('token_invalid', null, reason) })
      return null
    }
    // The person may have opted out since the claim (a "stop" during a back-off): no request.
    const verdict = options.check(task.e164)
    if (!verdict.eligible) {
      settle(task.itemId, { kind: 'not_eligible', reason: verdict.reasons[0] ?? 'opted_out' })
      return null
    }
    // A button value from this person's card Meta would refuse (empty, a code too long): they
    // are skipped, the others go on — Meta's 131009 would pause the campaign for everyone.
    const template = cloudTemplateOf(campaign)
    if (template && personalButtonProblem(template, paramValues(template, compose.fields(task)))) {
      settle(task.itemId, {
        kind: 'skip',
        reason: 'button_value_unusable',
        code: null,
        optOut: false,
      })
      return null
    }
    const client = createCloudClient(endpoint, () => clock.now())
    const delay = retryDelaysMs[index]
    const headerFile = template?.headerMedia ?? null
    try {
      // The id uploaded before the start; uploaded here only when it was dropped meanwhile.
      const mediaId =
        headerFile && options.media
          ? (options.media.mediaId(sender.id, headerFile.sha256) ??
            (await options.media.ensureUploaded(sender.id, headerFile, client)))
          : null
      const answer = await client.sendMessage(bodyOf(task, campaign, mediaId))
      settle(task.itemId, {
        kind: 'sent',
        wamid: answer.wamid,
        waId: answer.waId,
        metaStatus: metaStatusOf(answer.messageStatus),
      })
      return null
    } catch (error) {
      if (error instanceof CloudUnreachable) {
        if (error.maybeSent) {
          // It may have gone out: never sent again on its own; the owner says what happened.
          settle(task.itemId, {
            kind: 'uncertain',
            reason: pauseReason('network', null, error.message),
          })
          return null
        }
        if (delay !== undefined) return delay
        settle(task.itemId, { kind: 'pause', reason: pauseReason('network', null, error.message) })
        return null
      }
      if (error instanceof CoreError) {
        // The header's file is no longer kept: the campaign waits for the owner to pick it again.
        settle(task.itemId, {
          kind: 'pause',
          reason: pauseReason('media_error', null, error.message),
        })
        return null
      }
      if (!(error instanceof CloudApiError)) throw error
      if (
        error.code === mediaErrorCode &&
        headerFile &&
        options.media &&
        !reuploaded.has(task.itemId)
      ) {
        // Meta no longer knows the file (its id expired or was deleted): upload it again, once.
        reuploaded.add(task.itemId)
        options.media.forget(sender.id, headerFile.sha256)
        return 0
      }
      if (actionFor(error.code).action === 'retry' && delay !== undefined) return delay
      settle(task.itemId, fromError(error, task.itemId))
      return null
    }
  }

  async function send(task: ClaimedTask, sender: Sender, campaign: CampaignRow): Promise<void> {
    for (let index = 0; ; index++) {
      const tried = attempt(task, sender, campaign, index)
      inFlight.add(tried)
      const delay = await tried.finally(() => inFlight.delete(tried))
      if (delay === null) return
      // 0: try again at once (the header's file was just dropped, to be uploaded again).
      if (delay > 0) await sleep(delay)
    }
  }

  return {
    deliver(task: ClaimedTask, sender: Sender, campaign: CampaignRow): void {
      send(task, sender, campaign).catch((error: unknown) => {
        // A bug, not Meta: the message's fate is unknown, so it is treated as uncertain.
        console.error('Cloud API channel failed:', error instanceof Error ? error.name : 'error')
        settle(task.itemId, {
          kind: 'uncertain',
          reason: pauseReason('unknown', null, 'Rupor could not finish sending this message.'),
        })
      })
    },
    /**
     * Resolves once no request is on the network; a retry waiting out its back-off on the clock
     * does not count (tests advance the clock, then wait here).
     */
    async idle(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight])
    },
  }
}
export type CloudChannel = ReturnType<typeof createCloudChannel>

/**
 * The send answer's `message_status` as the ledger keeps it: "held for quality assessment" means
 * template or portfolio pacing holds the message, and may drop it later.
 * https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/portfolio-pacing
 */
function metaStatusOf(status: string | null): MetaSendStatus | null {
  return status === 'accepted' || status === 'held_for_quality_assessment' || status === 'paused'
    ? status
    : null
}

// What "Check the connection" read from Meta, in the owner's words: how many new people a day,
// quality, speed and whether the number may send — one short line, then the notes it needs.
import type { TFunction } from 'i18next'
import type { CloudAccount } from '../../../../shared/cloud-api'
import { ApiCallError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'
import { ru } from '../../i18n/ru'

/** The throughput levels Meta names (WHATSAPP-FACTS §3): 80 mps by default, 1 000 when upgraded. */
const speedKeys = {
  STANDARD: 'standard',
  HIGH: 'high',
  NOT_APPLICABLE: 'notApplicable',
} as const

const isSpeedLevel = (level: string): level is keyof typeof speedKeys =>
  Object.hasOwn(speedKeys, level)

/** The parts of the summary line, in the order they are read. */
export function accountFacts(account: CloudAccount, t: TFunction): string[] {
  const facts = [
    account.newPeoplePerDay === null
      ? t('senders.cloud.account.unlimited')
      : t('senders.cloud.account.limit', { count: account.newPeoplePerDay }),
    t('senders.cloud.account.quality', {
      value: t(`senders.cloud.account.qualityValue.${account.quality}`),
    }),
  ]
  const level = account.throughput.trim().toUpperCase()
  if (level !== '') {
    // A level Rupor does not know is shown as Meta wrote it rather than guessed at.
    const value = isSpeedLevel(level)
      ? t(`senders.cloud.account.speedValue.${speedKeys[level]}`)
      : account.throughput
    facts.push(t('senders.cloud.account.speed', { value }))
  }
  facts.push(
    t('senders.cloud.account.sending', {
      value: t(`senders.cloud.account.healthValue.${account.health}`),
    }),
  )
  return facts
}

/** Why the 250 is assumed, when Meta's tier was not one Rupor knows; undefined when it was. */
export function tierNote(account: CloudAccount, t: TFunction): string | undefined {
  if (account.tierKnown) return undefined
  return account.messagingLimitTier.trim() === ''
    ? t('senders.cloud.account.tierMissing')
    : t('senders.cloud.account.tierUnknown', { tier: account.messagingLimitTier })
}

/** "Name · +1 555…", or whichever of the two Meta gave. */
export function accountNames(account: CloudAccount, t: TFunction): string {
  const name = account.verifiedName.trim()
  const phone = account.displayPhoneNumber.trim()
  if (name !== '' && phone !== '') {
    return t('senders.cloud.account.names', { verifiedName: name, phone })
  }
  return name || phone
}

type CloudReason = keyof typeof ru.cloudErrors
const isCloudReason = (reason: unknown): reason is CloudReason =>
  typeof reason === 'string' && Object.hasOwn(ru.cloudErrors, reason)

/** Meta refused the token (the owner is asked for a new one), or none was ever given. */
export function isTokenRefusal(error: unknown): boolean {
  if (!(error instanceof ApiCallError)) return false
  return (
    error.code === 'needs_token' ||
    (error.code === 'cloud_api' && error.details.reason === 'token_invalid')
  )
}

/** A failure in words: what it means for the owner, when known, above what was answered. */
export interface FailureWords {
  title?: string
  text: string
}

/**
 * A failed Cloud API call in words: what it means for the owner (the reason's own sentence) and,
 * under it, Meta's code and message as given. Other failures are the usual translated error.
 */
export function cloudFailure(error: unknown, t: TFunction): FailureWords {
  if (error instanceof ApiCallError && error.code === 'cloud_api') {
    const reason = error.details.reason
    if (isCloudReason(reason)) {
      return { title: t(`cloudErrors.${reason}`), text: errorMessage(error, t) }
    }
  }
  return { text: errorMessage(error, t) }
}

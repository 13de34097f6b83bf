import type { TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import type { CloudAccount } from '../../../../shared/cloud-api'
import { ApiCallError } from '../../api/errors'
import { ru } from '../../i18n/ru'
import { accountFacts, accountNames, cloudFailure, isTokenRefusal, tierNote } from './cloud-account'

const i18n = testI18n()

const account: CloudAccount = {
  displayPhoneNumber: '+1 555-078-3881',
  verifiedName: 'Цветы на Садовой',
  quality: 'high',
  messagingLimitTier: 'TIER_250',
  newPeoplePerDay: 250,
  tierKnown: true,
  throughput: 'STANDARD',
  health: 'available',
  healthNotes: [],
  checkedAt: 1_765_000_000_000,
}

/** The line the card shows: the facts, one after another. */
const summary = (checked: CloudAccount, t: TFunction) => accountFacts(checked, t).join(' · ')

describe('a checked Cloud API account in plain words', () => {
  it('says the day’s new people, quality, speed and whether it may send', () => {
    expect(summary(account, i18n.t)).toBe(
      'Можно писать 250 новым людям в сутки · Качество: высокое · ' +
        'Скорость: стандартная (80 сообщений в секунду) · Отправка: доступна',
    )
    expect(summary(account, i18n.getFixedT('en'))).toBe(
      'May message 250 new people a day · Quality: high · ' +
        'Speed: standard (80 messages a second) · Sending: available',
    )
  })

  it('says "without a limit" for the unlimited tier, and shows a speed it does not know as is', () => {
    expect(
      summary(
        {
          ...account,
          newPeoplePerDay: null,
          messagingLimitTier: 'TIER_UNLIMITED',
          quality: 'unrated',
          throughput: 'TURBO',
          health: 'limited',
        },
        i18n.t,
      ),
    ).toBe(
      'Новым людям можно писать без ограничения · Качество: ещё не оценено · ' +
        'Скорость: TURBO · Отправка: ограничена',
    )
  })

  it('leaves the speed out when Meta gave none, and counts in Russian plurals', () => {
    expect(
      summary(
        { ...account, newPeoplePerDay: 2000, throughput: '', quality: 'low', health: 'blocked' },
        i18n.t,
      ),
    ).toBe(
      'Можно писать 2\u00a0000 новым людям в сутки · Качество: низкое · Отправка: заблокирована',
    )
  })

  it('explains the assumed 250 when Meta’s tier was unknown or missing', () => {
    expect(tierNote(account, i18n.t)).toBeUndefined()
    expect(tierNote({ ...account, tierKnown: false, messagingLimitTier: 'TIER_2K' }, i18n.t)).toBe(
      'Meta назвала лимит «TIER_2K», которого Рупор не знает, поэтому считает осторожно: 250 новых людей в сутки.',
    )
    expect(tierNote({ ...account, tierKnown: false, messagingLimitTier: '' }, i18n.t)).toBe(
      ru.senders.cloud.account.tierMissing,
    )
  })

  it('names the number by its verified name and its phone, or whichever there is', () => {
    expect(accountNames(account, i18n.t)).toBe('Цветы на Садовой · +1 555-078-3881')
    expect(accountNames({ ...account, verifiedName: ' ' }, i18n.t)).toBe('+1 555-078-3881')
  })
})

describe('a failed Cloud API call', () => {
  it('leads with what the reason means for the owner, then Meta’s code and words', () => {
    const error = new ApiCallError({
      code: 'cloud_api',
      message: 'Meta refused.',
      details: {
        metaCode: 190,
        reason: 'token_invalid',
        metaMessage: 'Invalid OAuth access token.',
      },
    })
    expect(cloudFailure(error, i18n.t)).toEqual({
      title: ru.cloudErrors.token_invalid,
      text: 'Meta ответила ошибкой 190: Invalid OAuth access token.',
    })
  })

  it('tells a refused token apart from other refusals', () => {
    const refusal = (reason: string) =>
      new ApiCallError({ code: 'cloud_api', message: 'x', details: { metaCode: 1, reason } })
    expect(isTokenRefusal(refusal('token_invalid'))).toBe(true)
    expect(isTokenRefusal(new ApiCallError({ code: 'needs_token', message: 'x' }))).toBe(true)
    expect(isTokenRefusal(refusal('policy_block'))).toBe(false)
    expect(isTokenRefusal(new Error('x'))).toBe(false)
  })

  it('falls back on the usual words for other failures', () => {
    const error = new ApiCallError({
      code: 'cloud_unreachable',
      message: 'No route.',
      details: { host: 'graph.facebook.com' },
    })
    expect(cloudFailure(error, i18n.t).title).toBeUndefined()
    expect(cloudFailure(error, i18n.t).text).toContain('graph.facebook.com')
  })
})

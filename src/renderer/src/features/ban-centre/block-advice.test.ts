import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import { cloudErrorReasons, type SenderBlock } from '../../../../shared/cloud-errors'
import type { Sender } from '../../../../shared/senders'
import { ru } from '../../i18n/ru'
import { adviceFor, blockKindKey, blockedSenders, happenedKey } from './block-advice'

const i18n = testI18n()

const block = (reason: SenderBlock['reason'], at: number): SenderBlock => ({
  reason,
  code: 368,
  message: 'Temporarily blocked for policy violations',
  at,
  until: null,
})

const sender = (id: number, senderBlock: SenderBlock | null) =>
  ({ id, label: `n${String(id)}`, block: senderBlock }) as Sender

describe('the ban centre’s advice', () => {
  it('has its own steps for the reasons that stop a number, the generic ones otherwise', () => {
    expect(adviceFor('policy_block')).toBe('policy')
    expect(adviceFor('account_locked')).toBe('locked')
    expect(adviceFor('spam_limit')).toBe('spam')
    expect(adviceFor('payment')).toBe('payment')
    expect(adviceFor('reported_temporary')).toBe('temporary')
    expect(adviceFor('reported_permanent')).toBe('permanent')
    expect(adviceFor('generic_user_error')).toBe('other')
    expect(adviceFor('unknown')).toBe('other')
  })

  it('says what happened in words for every reason a block can have', () => {
    const reasons: SenderBlock['reason'][] = [
      ...cloudErrorReasons,
      'reported_temporary',
      'reported_permanent',
    ]
    for (const reason of reasons) {
      const key = happenedKey(reason)
      expect(i18n.exists(key), key).toBe(true)
      expect(i18n.exists(key, { lng: 'en' }), key).toBe(true)
    }
    expect(i18n.t(happenedKey('policy_block'))).toBe(ru.cloudErrors.policy_block)
    expect(i18n.t(happenedKey('reported_permanent'))).toBe(ru.banCentre.card.reported.permanent)
  })

  it('lists only blocked numbers, the latest block first', () => {
    const list = blockedSenders([
      sender(1, null),
      sender(2, block('policy_block', 100)),
      sender(3, block('payment', 300)),
    ])
    expect(list.map((entry) => entry.id)).toEqual([3, 2])
  })

  it('names each kind of block in the history in a few words', () => {
    expect(i18n.t(blockKindKey('reported_temporary'))).toBe('На время')
    expect(i18n.t(blockKindKey('reported_permanent'))).toBe('Навсегда')
    expect(i18n.t(blockKindKey('policy_block'))).toBe(ru.campaigns.itemReason.policy_block)
  })
})

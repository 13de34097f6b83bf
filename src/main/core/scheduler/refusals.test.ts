import { describe, expect, it } from 'vitest'
import type { SenderBlock } from '../../../shared/cloud-errors'
import { defaultLimits } from '../../../shared/senders'
import { refusalsOf } from './refusals'

const block: SenderBlock = {
  reason: 'reported_temporary',
  code: null,
  message: '',
  at: 1,
  until: 2,
}

describe('refusalsOf: when the scheduler will not send at all', () => {
  it.each([
    ['a free number, 256 people, 30 s gaps', null, 256, 30, []],
    ['a blocked number', block, 10, 30, [{ key: 'sender_blocked', value: 2, limit: null }]],
    ['257 people', null, 257, 30, [{ key: 'list_over_maximum', value: 257, limit: 256 }]],
    ['a 29 s gap', null, 10, 29, [{ key: 'gap_under_minimum', value: 29, limit: 30 }]],
    ['no list yet', null, null, 30, []],
  ] as const)('%s', (_, senderBlock, listSize, gapMinSeconds, expected) => {
    const sender = { block: senderBlock, limits: { ...defaultLimits, gapMinSeconds } }
    expect(refusalsOf(sender, listSize)).toEqual(expected)
  })

  it('names every reason at once', () => {
    const sender = { block, limits: { ...defaultLimits, gapMinSeconds: 10 } }
    expect(refusalsOf(sender, 300).map((r) => r.key)).toEqual([
      'sender_blocked',
      'list_over_maximum',
      'gap_under_minimum',
    ])
  })
})

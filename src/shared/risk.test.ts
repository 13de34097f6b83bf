import { describe, expect, it } from 'vitest'
import { riskDraftSchema } from './risk'

describe('riskDraftSchema: a campaign as the composer has it, saved or not', () => {
  it('takes a draft with only its number, filling in what campaigns.save would', () => {
    expect(riskDraftSchema.parse({ senderId: 1 })).toEqual({
      senderId: 1,
      listIds: [],
      text: '',
      appendOptOut: true,
      optOutLine: '',
      utm: true,
      utmCampaign: '',
      language: 'ru',
      startAt: null,
      template: null,
      way: 'paced',
    })
  })

  it.each([
    ['a name (the meter does not need one)', { name: 'Декабрь' }],
    ['an unknown field', { colour: 'red' }],
    ['a text over 4 096 characters', { text: 'а'.repeat(4097) }],
  ])('refuses %s', (_, extra) => {
    expect(riskDraftSchema.safeParse({ senderId: 1, ...extra }).success).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { accountFromMeta, fieldsFor } from './account-status'

describe('reading the account', () => {
  it('reads the portfolio limit, quality, throughput and health in plain terms', () => {
    const account = accountFromMeta(
      {
        display_phone_number: '+7 999 000-00-00',
        verified_name: 'Ромашка',
        quality_rating: 'GREEN',
        whatsapp_business_manager_messaging_limit: 'TIER_2K',
        messaging_limit_tier: 'TIER_1K',
        throughput: { level: 'STANDARD' },
        health_status: { can_send_message: 'AVAILABLE', entities: [] },
      },
      1000,
    )
    expect(account).toEqual({
      displayPhoneNumber: '+7 999 000-00-00',
      verifiedName: 'Ромашка',
      quality: 'high',
      messagingLimitTier: 'TIER_2K',
      newPeoplePerDay: 2000,
      tierKnown: true,
      throughput: 'STANDARD',
      health: 'available',
      healthNotes: [],
      checkedAt: 1000,
    })
  })

  it.each([
    ['TIER_50', 50],
    ['TIER_250', 250],
    ['TIER_1K', 1000],
    ['TIER_10K', 10_000],
    ['TIER_100K', 100_000],
    ['TIER_UNLIMITED', null],
  ])('%s means %s new people a day', (tier, perDay) => {
    expect(accountFromMeta({ messaging_limit_tier: tier }, 0)).toMatchObject({
      newPeoplePerDay: perDay,
      tierKnown: true,
    })
  })

  it('assumes the lowest current tier for a value it does not know, and says so', () => {
    expect(
      accountFromMeta({ whatsapp_business_manager_messaging_limit: 'TIER_5M' }, 0),
    ).toMatchObject({
      messagingLimitTier: 'TIER_5M',
      newPeoplePerDay: 250,
      tierKnown: false,
    })
    expect(accountFromMeta({}, 0)).toMatchObject({
      messagingLimitTier: '',
      newPeoplePerDay: 250,
      tierKnown: false,
      quality: 'unrated',
      health: 'unknown',
    })
  })

  it('collects Meta’s own words on a limited or blocked number', () => {
    const account = accountFromMeta(
      {
        quality_rating: 'RED',
        health_status: {
          can_send_message: 'BLOCKED',
          entities: [
            {
              entity_type: 'PHONE_NUMBER',
              can_send_message: 'LIMITED',
              additional_info: ['Low quality.'],
            },
            {
              entity_type: 'WABA',
              can_send_message: 'BLOCKED',
              errors: [
                {
                  error_code: 141010,
                  error_description: 'Not verified.',
                  possible_solution: 'Verify.',
                },
              ],
            },
          ],
        },
      },
      0,
    )
    expect(account).toMatchObject({
      quality: 'low',
      health: 'blocked',
      healthNotes: ['Low quality.', 'Not verified. Verify.'],
    })
  })

  it('asks older API versions only for the fields they know', () => {
    expect(fieldsFor('v23.0')).not.toContain('whatsapp_business_manager_messaging_limit')
    expect(fieldsFor('v25.0')).toContain('whatsapp_business_manager_messaging_limit')
    expect(fieldsFor('v23.0')).toContain('messaging_limit_tier')
  })
})

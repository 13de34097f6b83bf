import { IANAZone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { knownZones, zoneOfNumber } from './recipient-zone'

const moscow = 'Europe/Moscow'

describe('zoneOfNumber', () => {
  // [the case, the recipient's number, the shop's zone, the zone guessed]
  it.each([
    // Single-zone countries: the shop's zone does not matter.
    ['BY', '+375291234567', moscow, 'Europe/Minsk'],
    ['UA', '+380501234567', moscow, 'Europe/Kyiv'],
    ['KZ (+7 7…)', '+77012345678', moscow, 'Asia/Almaty'],
    ['UZ', '+998901234567', moscow, 'Asia/Tashkent'],
    ['AM', '+37491234567', moscow, 'Asia/Yerevan'],
    ['GE', '+995555123456', moscow, 'Asia/Tbilisi'],
    ['DE', '+4915123456789', moscow, 'Europe/Berlin'],
    ['GB', '+447400123456', moscow, 'Europe/London'],
    ['TR', '+905321234567', moscow, 'Europe/Istanbul'],
    ['AE', '+971501234567', moscow, 'Asia/Dubai'],
    ['IN', '+919812345678', moscow, 'Asia/Kolkata'],
    ['IL', '+972501234567', moscow, 'Asia/Jerusalem'],
    // Multi-zone countries: the shop's own zone when it is in that country…
    ['RU, shop in Novosibirsk', '+79131234567', 'Asia/Novosibirsk', 'Asia/Novosibirsk'],
    ['RU, shop in Moscow', '+79161234567', moscow, moscow],
    ['US, shop in Chicago', '+12125551234', 'America/Chicago', 'America/Chicago'],
    [
      'US, shop in Indiana',
      '+12125551234',
      'America/Indiana/Indianapolis',
      'America/Indiana/Indianapolis',
    ],
    ['AU, shop in Perth', '+61412345678', 'Australia/Perth', 'Australia/Perth'],
    // …else the capital's.
    ['RU, shop in Minsk', '+79161234567', 'Europe/Minsk', moscow],
    ['US, shop in Moscow', '+12125551234', moscow, 'America/New_York'],
    ['CA, shop in Chicago', '+14165551234', 'America/Chicago', 'America/Toronto'],
    ['BR', '+5511912345678', 'Europe/Lisbon', 'America/Sao_Paulo'],
    ['MX', '+525512345678', 'Europe/Madrid', 'America/Mexico_City'],
    ['ID', '+6281234567890', 'Asia/Singapore', 'Asia/Jakarta'],
    // Unknown or unreadable: the shop's.
    ['no number', 'not a number', moscow, moscow],
    ['a country not in the table (NZ)', '+64211234567', 'Asia/Tokyo', 'Asia/Tokyo'],
  ])('%s: %s, the shop in %s → %s', (_, e164, shopZone, zone) => {
    expect(zoneOfNumber(e164, shopZone)).toBe(zone)
  })

  it('names only zones that exist', () => {
    expect(knownZones.filter((zone) => !IANAZone.isValidZone(zone))).toEqual([])
  })
})

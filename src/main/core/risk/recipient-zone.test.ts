import { IANAZone } from 'luxon'
import { describe, expect, it } from 'vitest'
import { knownZones, zoneOfNumber } from './recipient-zone'

describe('zoneOfNumber', () => {
  it.each([
    // Single-zone countries: the sender's zone does not matter.
    { country: 'BY', e164: '+375291234567', sender: 'Europe/Moscow', zone: 'Europe/Minsk' },
    { country: 'UA', e164: '+380501234567', sender: 'Europe/Moscow', zone: 'Europe/Kyiv' },
    { country: 'KZ (+7 7…)', e164: '+77012345678', sender: 'Europe/Moscow', zone: 'Asia/Almaty' },
    { country: 'UZ', e164: '+998901234567', sender: 'Europe/Moscow', zone: 'Asia/Tashkent' },
    { country: 'AM', e164: '+37491234567', sender: 'Europe/Moscow', zone: 'Asia/Yerevan' },
    { country: 'GE', e164: '+995555123456', sender: 'Europe/Moscow', zone: 'Asia/Tbilisi' },
    { country: 'DE', e164: '+4915123456789', sender: 'Europe/Moscow', zone: 'Europe/Berlin' },
    { country: 'GB', e164: '+447400123456', sender: 'Europe/Moscow', zone: 'Europe/London' },
    { country: 'TR', e164: '+905321234567', sender: 'Europe/Moscow', zone: 'Europe/Istanbul' },
    { country: 'AE', e164: '+971501234567', sender: 'Europe/Moscow', zone: 'Asia/Dubai' },
    { country: 'IN', e164: '+919812345678', sender: 'Europe/Moscow', zone: 'Asia/Kolkata' },
    { country: 'IL', e164: '+972501234567', sender: 'Europe/Moscow', zone: 'Asia/Jerusalem' },
    // Multi-zone countries: the sender's own zone when it is in that country…
    {
      country: 'RU, sender in Novosibirsk',
      e164: '+79131234567',
      sender: 'Asia/Novosibirsk',
      zone: 'Asia/Novosibirsk',
    },
    {
      country: 'RU, sender in Moscow',
      e164: '+79161234567',
      sender: 'Europe/Moscow',
      zone: 'Europe/Moscow',
    },
    {
      country: 'US, sender in Chicago',
      e164: '+12125551234',
      sender: 'America/Chicago',
      zone: 'America/Chicago',
    },
    {
      country: 'US, sender in Indiana',
      e164: '+12125551234',
      sender: 'America/Indiana/Indianapolis',
      zone: 'America/Indiana/Indianapolis',
    },
    {
      country: 'AU, sender in Perth',
      e164: '+61412345678',
      sender: 'Australia/Perth',
      zone: 'Australia/Perth',
    },
    // …else the capital's.
    {
      country: 'RU, sender in Minsk',
      e164: '+79161234567',
      sender: 'Europe/Minsk',
      zone: 'Europe/Moscow',
    },
    {
      country: 'US, sender in Moscow',
      e164: '+12125551234',
      sender: 'Europe/Moscow',
      zone: 'America/New_York',
    },
    {
      country: 'CA, sender in Chicago',
      e164: '+14165551234',
      sender: 'America/Chicago',
      zone: 'America/Toronto',
    },
    { country: 'BR', e164: '+5511912345678', sender: 'Europe/Lisbon', zone: 'America/Sao_Paulo' },
    { country: 'MX', e164: '+525512345678', sender: 'Europe/Madrid', zone: 'America/Mexico_City' },
    { country: 'ID', e164: '+6281234567890', sender: 'Asia/Singapore', zone: 'Asia/Jakarta' },
    // Unknown or unreadable: the sender's.
    { country: 'none', e164: 'not a number', sender: 'Europe/Moscow', zone: 'Europe/Moscow' },
    {
      country: 'not in the table (NZ)',
      e164: '+64211234567',
      sender: 'Asia/Tokyo',
      zone: 'Asia/Tokyo',
    },
  ])('$country → $zone', ({ e164, sender, zone }) => {
    expect(zoneOfNumber(e164, sender)).toBe(zone)
  })

  it('names only zones that exist', () => {
    expect(knownZones.filter((zone) => !IANAZone.isValidZone(zone))).toEqual([])
  })
})

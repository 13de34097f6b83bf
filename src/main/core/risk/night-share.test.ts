import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import type { SendingWindow } from '../../../shared/senders'
import { daytimeClip, nightShare, reachesNight, windowOnDay } from './night-share'

const moscow = 'Europe/Moscow'
const moscowAt = (iso: string): number => DateTime.fromISO(iso, { zone: moscow }).toMillis()
const window = (start: string, end: string): SendingWindow => ({
  start,
  end,
  days: [1, 2, 3, 4, 5],
})
const winterDay = moscowAt('2026-01-14T12:00')
const summerDay = moscowAt('2026-07-15T12:00')

describe('reachesNight', () => {
  it.each([
    { name: 'Moscow 10–20 in Moscow', w: window('10:00', '20:00'), zone: moscow, night: false },
    { name: 'Moscow 09–21 in Moscow', w: window('09:00', '21:00'), zone: moscow, night: false },
    { name: 'Moscow 08:59 start', w: window('08:59', '20:00'), zone: moscow, night: true },
    { name: 'Moscow 21:01 end', w: window('10:00', '21:01'), zone: moscow, night: true },
    {
      name: 'Moscow 10–20 in Vladivostok',
      w: window('10:00', '20:00'),
      zone: 'Asia/Vladivostok',
      night: true,
    },
    {
      name: 'Moscow 10–20 in Yekaterinburg (12:00–22:00)',
      w: window('10:00', '20:00'),
      zone: 'Asia/Yekaterinburg',
      night: true,
    },
    {
      name: 'Moscow 10–20 in Samara',
      w: window('10:00', '20:00'),
      zone: 'Europe/Samara',
      night: false,
    },
    {
      name: 'Moscow 10–20 in Kaliningrad',
      w: window('10:00', '20:00'),
      zone: 'Europe/Kaliningrad',
      night: false,
    },
    {
      name: 'Moscow 10–20 in Novosibirsk',
      w: window('10:00', '20:00'),
      zone: 'Asia/Novosibirsk',
      night: true,
    },
    {
      name: 'Moscow 16–19 in Tokyo (22:00–01:00)',
      w: window('16:00', '19:00'),
      zone: 'Asia/Tokyo',
      night: true,
    },
    {
      name: 'Moscow 03–06 in Tokyo (09:00–12:00)',
      w: window('03:00', '06:00'),
      zone: 'Asia/Tokyo',
      night: false,
    },
    {
      name: 'Moscow 10–20 in New York (02:00–12:00)',
      w: window('10:00', '20:00'),
      zone: 'America/New_York',
      night: true,
    },
  ])('$name: $night', ({ w, zone, night }) => {
    expect(reachesNight(windowOnDay(w, moscow, winterDay), zone)).toBe(night)
  })

  it('follows daylight saving: Moscow 10:00 is 08:00 in Berlin in winter, 09:00 in summer', () => {
    const w = window('10:00', '20:00')
    expect(reachesNight(windowOnDay(w, moscow, winterDay), 'Europe/Berlin')).toBe(true)
    expect(reachesNight(windowOnDay(w, moscow, summerDay), 'Europe/Berlin')).toBe(false)
  })
})

describe('nightShare', () => {
  it.each([
    { name: 'nobody', zones: [], share: 0, largest: null },
    { name: 'all at home', zones: [{ zone: moscow, people: 10 }], share: 0, largest: null },
    {
      name: 'a quarter in the Far East',
      zones: [
        { zone: moscow, people: 30 },
        { zone: 'Asia/Vladivostok', people: 6 },
        { zone: 'Asia/Novosibirsk', people: 4 },
      ],
      share: 0.25,
      largest: 'Asia/Vladivostok',
    },
    {
      name: 'an unknown zone counts as the sender’s',
      zones: [{ zone: 'Not/AZone', people: 5 }],
      share: 0,
      largest: null,
    },
    {
      name: 'zero people are nobody',
      zones: [
        { zone: moscow, people: 4 },
        { zone: 'Asia/Tokyo', people: 0 },
      ],
      share: 0,
      largest: null,
    },
  ])('$name', ({ zones, share, largest }) => {
    expect(nightShare(window('10:00', '20:00'), moscow, winterDay, zones)).toEqual({
      share,
      largestZone: largest,
    })
  })
})

describe('daytimeClip', () => {
  it.each([
    {
      name: 'Vladivostok: until 14:00 Moscow',
      w: window('10:00', '20:00'),
      zone: 'Asia/Vladivostok',
      clip: { start: '10:00', end: '14:00' },
    },
    {
      name: 'Novosibirsk: until 17:00 Moscow',
      w: window('10:00', '20:00'),
      zone: 'Asia/Novosibirsk',
      clip: { start: '10:00', end: '17:00' },
    },
    {
      name: 'Moscow itself: from 09:00',
      w: window('07:00', '22:00'),
      zone: moscow,
      clip: { start: '09:00', end: '21:00' },
    },
    {
      name: 'New York: from 17:00 Moscow',
      w: window('10:00', '20:00'),
      zone: 'America/New_York',
      clip: { start: '17:00', end: '20:00' },
    },
    {
      name: 'India, half an hour off: from 10:00 to 18:30',
      w: window('10:00', '20:00'),
      zone: 'Asia/Kolkata',
      clip: { start: '10:00', end: '18:30' },
    },
    {
      name: 'no daytime hour at all',
      w: window('18:00', '20:00'),
      zone: 'Asia/Vladivostok',
      clip: null,
    },
  ])('$name', ({ w, zone, clip }) => {
    expect(daytimeClip(w, moscow, winterDay, zone)).toEqual(clip)
  })

  it('keeps the longest part when the window touches two of their days', () => {
    // 01:00–23:00 Moscow is 17:00 one day to 15:00 the next in New York: 4 daytime hours on the
    // first day, 6 on the second.
    expect(daytimeClip(window('01:00', '23:00'), moscow, winterDay, 'America/New_York')).toEqual({
      start: '17:00',
      end: '23:00',
    })
  })
})

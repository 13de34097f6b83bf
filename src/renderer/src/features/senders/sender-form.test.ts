import { describe, expect, it } from 'vitest'
import {
  defaultWarmUp,
  hardLimits,
  senderInputSchema,
  type Sender,
} from '../../../../shared/senders'
import {
  ageChoices,
  ageInDays,
  allowanceAt,
  clampInt,
  daysBefore,
  defaultAllowanceFrom,
  fieldOfIssue,
  senderProblems,
  timeZoneChoices,
  toSenderForm,
  toSenderInput,
} from './sender-form'
import { gaugeColor, gaugePercent } from './usage'
import { daysSummary, weekdayNames } from './week'

const sender: Sender = {
  id: 3,
  label: 'Магазин',
  channel: 'assisted',
  phone: '+79161234567',
  startedOn: '2026-11-20',
  timeZone: 'Asia/Yekaterinburg',
  warmUpFrom: '2026-11-20',
  window: { start: '09:30', end: '18:00', days: [5, 1, 2] },
  limits: {
    gapMinSeconds: 45,
    gapMaxSeconds: 200,
    perHour: 30,
    newChatsPerDay: 100,
    activeChats: 500,
  },
  warmUp: [
    { fromDay: 0, newChatsPerDay: 10 },
    { fromDay: 7, newChatsPerDay: 60 },
  ],
  assistedOpener: 'desktop_app',
  cloud: null,
  block: null,
  createdAt: 1,
  updatedAt: 2,
}

describe('sender form', () => {
  it("turns each rough answer about the number's age into a start date with its pace", () => {
    const form = toSenderForm(undefined, '2026-12-06', 'Europe/Moscow')
    const pace = ageChoices.map(({ choice, days }) => {
      const startedOn = daysBefore('2026-12-06', days)
      return [choice, startedOn, allowanceAt(form, ageInDays(startedOn, '2026-12-06'))]
    })
    expect(pace).toEqual([
      ['new', '2026-12-06', 20],
      ['week', '2026-11-29', 80],
      ['month', '2026-11-06', 250],
      ['year', '2025-12-06', 250],
    ])
    // Across a leap day and a year's end, a date so many days back is still a real day.
    expect(daysBefore('2028-03-01', 1)).toBe('2028-02-29')
    expect(daysBefore('2027-01-03', 7)).toBe('2026-12-27')
  })

  it('starts a new sender with the safe defaults and the system zone, its age not yet answered', () => {
    const form = toSenderForm(undefined, '2026-12-01', 'Europe/Samara')
    expect(senderProblems(form, '2026-12-01').startedOn).toBe('required')
    expect(form).toMatchObject({
      startedOn: '',
      timeZone: 'Europe/Samara',
      windowStart: '10:00',
      windowEnd: '20:00',
      days: [1, 2, 3, 4, 5, 6],
      gapMinSeconds: 30,
      gapMaxSeconds: 300,
      perHour: 50,
      newChatsPerDay: 250,
      activeChats: 1000,
      assistedOpener: 'wa_me',
    })
    expect(form.warmUp).toEqual(defaultWarmUp)
    expect(form.warmUp).not.toBe(defaultWarmUp)
  })

  it('round-trips a saved sender into an input the contract accepts', () => {
    const input = toSenderInput(toSenderForm(sender, '2026-12-01', 'Europe/Moscow'), sender.id)
    expect(input).toEqual({
      id: 3,
      label: 'Магазин',
      channel: 'assisted',
      phone: '+79161234567',
      startedOn: '2026-11-20',
      timeZone: 'Asia/Yekaterinburg',
      window: { start: '09:30', end: '18:00', days: [1, 2, 5] },
      limits: sender.limits,
      warmUp: sender.warmUp,
      assistedOpener: 'desktop_app',
    })
    expect(senderInputSchema.safeParse(input).success).toBe(true)
  })

  it('keeps the channel chosen, and starts a new sender on the assisted one', () => {
    expect(toSenderForm(undefined, '2026-12-01', 'UTC').channel).toBe('assisted')
    const form = { ...toSenderForm(sender, '2026-12-01', 'UTC'), channel: 'cloud_api' as const }
    expect(toSenderInput(form, sender.id).channel).toBe('cloud_api')
    expect(senderInputSchema.safeParse(toSenderInput(form, sender.id)).success).toBe(true)
  })

  it('never sends a limit looser than WhatsApp’s rules of thumb, nor a warm-up step above the default', () => {
    const form = {
      ...toSenderForm(undefined, '2026-12-01', 'UTC'),
      label: 'x',
      phone: '1',
      gapMinSeconds: 5,
      gapMaxSeconds: 900,
      perHour: 80,
      newChatsPerDay: '',
      activeChats: 5000,
      warmUp: [
        { fromDay: 0, newChatsPerDay: 99 },
        { fromDay: 14, newChatsPerDay: 300 },
      ],
    }
    const input = toSenderInput(form)
    expect(input.limits).toEqual({ ...hardLimits })
    expect(input.warmUp).toEqual([
      { fromDay: 0, newChatsPerDay: 20 },
      { fromDay: 14, newChatsPerDay: 250 },
    ])
    expect(input).not.toHaveProperty('id')
  })

  it('clamps numbers and falls back on empty or unreadable ones', () => {
    expect(clampInt(12.6, 0, 50, 7)).toBe(13)
    expect(clampInt('40', 0, 30, 7)).toBe(30)
    expect(clampInt('', 0, 30, 7)).toBe(7)
    expect(clampInt('abc', 0, 30, 7)).toBe(7)
  })

  it('finds the default allowance and today’s allowance by age', () => {
    expect(defaultAllowanceFrom(0)).toBe(20)
    expect(defaultAllowanceFrom(5)).toBe(40)
    expect(defaultAllowanceFrom(13)).toBe(150)
    expect(defaultAllowanceFrom(400)).toBe(250)
    const form = toSenderForm(sender, '2026-12-01', 'UTC')
    expect(allowanceAt(form, 3)).toBe(10)
    expect(allowanceAt({ ...form, newChatsPerDay: 60 }, 30)).toBe(60)
    expect(ageInDays('2026-11-20', '2026-12-01')).toBe(11)
    expect(ageInDays('2026-12-05', '2026-12-01')).toBe(0)
  })

  it('points at the fields that need fixing', () => {
    const form = {
      ...toSenderForm(undefined, '2026-12-01', 'UTC'),
      startedOn: '2026-12-02',
      windowStart: '20:00',
      windowEnd: '10:00',
      days: [],
      gapMinSeconds: 200,
      gapMaxSeconds: 100,
    }
    expect(senderProblems(form, '2026-12-01')).toEqual({
      label: 'required',
      phone: 'required',
      startedOn: 'startedInFuture',
      windowEnd: 'endBeforeStart',
      days: 'noDays',
      gapMaxSeconds: 'gapMinOverMax',
    })
    expect(fieldOfIssue('window.days.0')).toBe('days')
    expect(fieldOfIssue('window.end')).toBe('windowEnd')
    expect(fieldOfIssue('limits.gapMaxSeconds')).toBe('gapMaxSeconds')
    expect(fieldOfIssue('warmUp')).toBeUndefined()
  })

  it('offers the system’s and the saved zone once, first', () => {
    const zones = timeZoneChoices('America/Sao_Paulo', 'Europe/Moscow')
    expect(zones[0]).toBe('America/Sao_Paulo')
    expect(zones.filter((zone) => zone === 'Europe/Moscow')).toHaveLength(1)
  })
})

describe('days of the week', () => {
  it('names Monday first and sums up runs', () => {
    expect(weekdayNames('en')[0]).toBe('Mon')
    expect(daysSummary([1, 2, 3, 4, 5, 6], 'en', 'every day')).toBe('Mon–Sat')
    expect(daysSummary([7, 1, 2, 3, 4, 5, 6], 'en', 'every day')).toBe('every day')
    expect(daysSummary([1, 3, 4, 5, 7], 'en', 'every day')).toBe('Mon, Wed–Fri, Sun')
    expect(daysSummary([6, 7], 'en', 'every day')).toBe('Sat, Sun')
  })
})

describe('limit gauges', () => {
  it('fill up and turn yellow near the limit, red at it', () => {
    expect(gaugePercent(25, 50)).toBe(50)
    expect(gaugePercent(80, 50)).toBe(100)
    expect(gaugePercent(0, 0)).toBe(0)
    expect(gaugeColor(10, 50)).toBe('teal')
    expect(gaugeColor(40, 50)).toBe('yellow')
    expect(gaugeColor(50, 50)).toBe('red')
    expect(gaugeColor(0, 0)).toBe('red')
  })
})

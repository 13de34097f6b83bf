// The sender form's working copy and the input it sends. Limits can only be made stricter than
// WhatsApp's rules of thumb (hardLimits), and each warm-up step only lower than the default.
import {
  defaultLimits,
  defaultWarmUp,
  defaultWindow,
  hardLimits,
  type AssistedOpener,
  type Sender,
  type SenderChannel,
  type SenderInput,
  type WarmUpStep,
} from '../../../../shared/senders'
import { toCloudForm, type CloudForm } from './cloud-form'

export interface SenderForm {
  channel: SenderChannel
  label: string
  phone: string
  /** "YYYY-MM-DD". */
  startedOn: string
  timeZone: string
  windowStart: string
  windowEnd: string
  /** ISO days, 1 = Monday … 7 = Sunday, sorted. */
  days: number[]
  /** As typed: a number input gives '' while it is empty. */
  gapMinSeconds: number | string
  gapMaxSeconds: number | string
  perHour: number | string
  newChatsPerDay: number | string
  activeChats: number | string
  warmUp: WarmUpStep[]
  assistedOpener: AssistedOpener
  /** Kept while the assisted channel is chosen, so switching back and forth loses nothing. */
  cloud: CloudForm
}

export type SenderField =
  'label' | 'phone' | 'startedOn' | 'timeZone' | 'windowEnd' | 'days' | 'gapMaxSeconds'

/** What each field's problem is, as a key under `senders.problems`. */
export type SenderProblems = Partial<Record<SenderField, SenderProblem>>
export type SenderProblem =
  | 'required'
  | 'startedInFuture'
  | 'endBeforeStart'
  | 'noDays'
  | 'gapMinOverMax'
  /** Another sender has this number (the core names it). */
  | 'phoneTaken'

/** "YYYY-MM-DD" of a moment, as the computer's calendar shows it. */
export function localDate(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${String(when.getFullYear())}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`
}

/** The computer's own time zone, or Moscow when the system does not say. */
export function systemTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Moscow'
  } catch {
    return 'Europe/Moscow'
  }
}

/** A new sender starts with the safe defaults; an existing one with what it has. */
export function toSenderForm(sender: Sender | undefined, today: string, zone: string): SenderForm {
  if (!sender) {
    return {
      channel: 'assisted',
      label: '',
      phone: '',
      // Asked, never assumed: "today" would hold an old number to a new one's 20 chats a day.
      startedOn: '',
      timeZone: zone,
      windowStart: defaultWindow.start,
      windowEnd: defaultWindow.end,
      days: [...defaultWindow.days],
      ...defaultLimits,
      warmUp: defaultWarmUp.map((step) => ({ ...step })),
      assistedOpener: 'wa_me',
      cloud: toCloudForm(null),
    }
  }
  return {
    channel: sender.channel,
    label: sender.label,
    phone: sender.phone,
    startedOn: sender.startedOn,
    timeZone: sender.timeZone,
    windowStart: sender.window.start,
    windowEnd: sender.window.end,
    days: [...sender.window.days].sort((a, b) => a - b),
    ...sender.limits,
    warmUp: sender.warmUp.map((step) => ({ ...step })),
    assistedOpener: sender.assistedOpener,
    cloud: toCloudForm(sender.cloud),
  }
}

/** A whole number within [min, max]; anything unreadable becomes `fallback`. */
export function clampInt(value: unknown, min: number, max: number, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  if ((typeof value === 'string' && value.trim() === '') || !Number.isFinite(n)) return fallback
  return Math.min(max, Math.max(min, Math.round(n)))
}

/** The default warm-up allowance for a number of this age: the ceiling of that step. */
export function defaultAllowanceFrom(day: number): number {
  let allowance = defaultWarmUp[0]?.newChatsPerDay ?? hardLimits.newChatsPerDay
  for (const step of defaultWarmUp) if (step.fromDay <= day) allowance = step.newChatsPerDay
  return allowance
}

/** Today's new-chat allowance for this form: the lower of the limit and the warm-up step. */
export function allowanceAt(form: Pick<SenderForm, 'warmUp' | 'newChatsPerDay'>, age: number) {
  const limit = clampInt(form.newChatsPerDay, 0, hardLimits.newChatsPerDay, 0)
  let step = form.warmUp[0]?.newChatsPerDay ?? limit
  for (const entry of form.warmUp) if (entry.fromDay <= age) step = entry.newChatsPerDay
  return Math.min(step, limit)
}

/**
 * The answers to "when did this number start using WhatsApp?": a rough age is enough, since the
 * warm-up only tells the first two weeks apart. `date` is an exact day the owner knows.
 */
export const ageChoices = [
  { choice: 'new', days: 0 },
  { choice: 'week', days: 7 },
  { choice: 'month', days: 30 },
  { choice: 'year', days: 365 },
] as const
export type AgeChoice = (typeof ageChoices)[number]['choice'] | 'date'

/** "YYYY-MM-DD" so many days before `today` ("YYYY-MM-DD"). */
export function daysBefore(today: string, days: number): string {
  const at = new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000)
  return at.toISOString().slice(0, 10)
}

/** Whole days from `startedOn` to `today` (both "YYYY-MM-DD"); 0 for a future or broken date. */
export function ageInDays(startedOn: string, today: string): number {
  const from = Date.parse(`${startedOn}T00:00:00Z`)
  const to = Date.parse(`${today}T00:00:00Z`)
  if (Number.isNaN(from) || Number.isNaN(to) || to < from) return 0
  return Math.floor((to - from) / 86_400_000)
}

/** Problems the form can see before asking the core (which checks everything again). */
export function senderProblems(form: SenderForm, today: string): SenderProblems {
  const problems: SenderProblems = {}
  if (form.label.trim() === '') problems.label = 'required'
  if (form.phone.trim() === '') problems.phone = 'required'
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.startedOn)) problems.startedOn = 'required'
  else if (form.startedOn > today) problems.startedOn = 'startedInFuture'
  if (form.timeZone.trim() === '') problems.timeZone = 'required'
  if (!/^\d\d:\d\d$/.test(form.windowStart) || !/^\d\d:\d\d$/.test(form.windowEnd)) {
    problems.windowEnd = 'required'
  } else if (form.windowEnd <= form.windowStart) problems.windowEnd = 'endBeforeStart'
  if (form.days.length === 0) problems.days = 'noDays'
  if (Number(form.gapMinSeconds) > Number(form.gapMaxSeconds)) {
    problems.gapMaxSeconds = 'gapMinOverMax'
  }
  return problems
}

/** The call's input; every number kept inside the hard limits whatever was typed. */
export function toSenderInput(form: SenderForm, id?: number): SenderInput {
  const h = hardLimits
  const gapMin = clampInt(form.gapMinSeconds, h.gapMinSeconds, h.gapMaxSeconds, h.gapMinSeconds)
  const gapMax = clampInt(form.gapMaxSeconds, h.gapMinSeconds, h.gapMaxSeconds, h.gapMaxSeconds)
  return {
    ...(id === undefined ? {} : { id }),
    label: form.label.trim(),
    channel: form.channel,
    phone: form.phone.trim(),
    startedOn: form.startedOn,
    timeZone: form.timeZone,
    window: {
      start: form.windowStart,
      end: form.windowEnd,
      days: [...new Set(form.days)].sort((a, b) => a - b),
    },
    limits: {
      gapMinSeconds: gapMin,
      gapMaxSeconds: gapMax,
      perHour: clampInt(form.perHour, 1, h.perHour, h.perHour),
      newChatsPerDay: clampInt(form.newChatsPerDay, 0, h.newChatsPerDay, h.newChatsPerDay),
      activeChats: clampInt(form.activeChats, 1, h.activeChats, h.activeChats),
    },
    warmUp: form.warmUp.map((step) => ({
      fromDay: step.fromDay,
      newChatsPerDay: clampInt(
        step.newChatsPerDay,
        0,
        defaultAllowanceFrom(step.fromDay),
        defaultAllowanceFrom(step.fromDay),
      ),
    })),
    assistedOpener: form.assistedOpener,
  }
}

/** Which form field an `invalid_input` issue of the core belongs to. */
export function fieldOfIssue(path: string): SenderField | undefined {
  if (path === 'label' || path === 'phone' || path === 'startedOn' || path === 'timeZone') {
    return path
  }
  if (path.startsWith('window.days')) return 'days'
  if (path.startsWith('window')) return 'windowEnd'
  if (path.startsWith('limits.gap')) return 'gapMaxSeconds'
  return undefined
}

/** Common zones of the shops Rupor is for, west to east, then the rest of the world. */
export const commonTimeZones = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
  'Europe/Minsk',
  'Europe/Kyiv',
  'Europe/Chisinau',
  'Asia/Tbilisi',
  'Asia/Yerevan',
  'Asia/Baku',
  'Asia/Almaty',
  'Asia/Tashkent',
  'Asia/Bishkek',
  'Asia/Dushanbe',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'UTC',
] as const

/** The zones to offer: the common ones plus the system's and the saved one, each once. */
export function timeZoneChoices(...extra: string[]): string[] {
  const zones: string[] = [...commonTimeZones]
  for (const zone of extra) if (zone !== '' && !zones.includes(zone)) zones.unshift(zone)
  return zones
}

/** What each part of the sender form gets: the working copy, a way to change it, its errors. */
export interface SenderFieldsProps {
  form: SenderForm
  edit: (change: Partial<SenderForm>) => void
  fieldError: (field: SenderField) => string | undefined
}

// The composer's working copy and what it sends: a draft in full, or a started campaign's text.
// On a Cloud API number the message is an approved template instead of a text.
import type { Campaign, CampaignInput, CampaignWay } from '../../../../shared/campaigns'
import { personalPlaceholdersIn } from '../../../../shared/list-message'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import type { SenderChannel } from '../../../../shared/senders'
import { paramProblems } from './template-mapping'

export type MessageLanguage = 'ru' | 'en'

export interface ComposerForm {
  name: string
  senderId: number | null
  /** The lists it goes to, one after another; empty: none chosen yet. */
  listIds: number[]
  text: string
  appendOptOut: boolean
  optOutLine: string
  utm: boolean
  utmCampaign: string
  language: MessageLanguage
  startMode: 'now' | 'later'
  /** "YYYY-MM-DDTHH:MM" in the computer's time, as <input type="datetime-local"> has it. */
  startAt: string
  /** Cloud API: the chosen template and its mapping. Both it and `text` are kept whatever the
   * sender, so switching numbers back and forth loses nothing; only the channel's one is sent. */
  template: CampaignTemplate | null
  /** Paced one by one, or one list message sent from the phone (one list, one text for all). */
  way: CampaignWay
}

/** The opt-out line a message gets unless the owner writes another. */
export const defaultOptOutLines: Record<MessageLanguage, string> = {
  ru: 'Ответьте СТОП, чтобы не получать сообщения',
  en: 'Reply STOP to stop receiving these messages',
}

/** From this many characters a message reads as long; from the next as a sales pitch. */
export const longMessage = 500
export const tooLongMessage = 1000

export function lengthLevel(length: number): 'ok' | 'long' | 'tooLong' {
  if (length >= tooLongMessage) return 'tooLong'
  if (length >= longMessage) return 'long'
  return 'ok'
}

/** The message's length as the person gets it, before the names are filled in. */
export function messageLength(form: Pick<ComposerForm, 'text' | 'appendOptOut' | 'optOutLine'>) {
  const text = form.text.trim()
  const line = form.appendOptOut ? form.optOutLine.trim() : ''
  if (line === '') return text.length
  return text === '' ? line.length : text.length + 2 + line.length
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A moment as "YYYY-MM-DDTHH:MM" in the computer's time. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms)
  return `${String(d.getFullYear())}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "YYYY-MM-DDTHH:MM" in the computer's time as a moment; null when empty or unreadable. */
export function fromLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value)
  if (!match) return null
  const [, y, mo, d, h, mi] = match.map(Number)
  if (y === undefined || mo === undefined || d === undefined || h === undefined) return null
  const when = new Date(y, mo - 1, d, h, mi ?? 0)
  return Number.isNaN(when.getTime()) ? null : when.getTime()
}

/** A slug for utm_campaign from the campaign's name: latin letters, digits and dashes. */
export function utmTag(name: string): string {
  // prettier-ignore
  const latin: Record<string, string> = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y',
    к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
    х: 'h', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  }
  return name
    .toLowerCase()
    .replace(/[а-яё]/g, (ch) => latin[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}

/** The campaign's UTM tag: the one written, or else one made from its name. */
export const campaignTag = (form: Pick<ComposerForm, 'name' | 'utmCampaign'>): string =>
  form.utmCampaign.trim() === '' ? utmTag(form.name) : form.utmCampaign.trim()

interface Defaults {
  /**
   * The owner said in Settings that the shop's site has web analytics: only then do a new
   * campaign's links get UTM tags unasked (without analytics nobody reads them).
   */
  usesWebAnalytics?: boolean
  language: MessageLanguage
  senderId: number | null
  listIds: readonly number[]
}

export function toComposerForm(campaign: Campaign | undefined, defaults: Defaults): ComposerForm {
  if (!campaign) {
    return {
      name: '',
      senderId: defaults.senderId,
      listIds: [...defaults.listIds],
      text: '',
      appendOptOut: true,
      optOutLine: defaultOptOutLines[defaults.language],
      utm: defaults.usesWebAnalytics ?? false,
      utmCampaign: '',
      language: defaults.language,
      startMode: 'now',
      startAt: '',
      template: null,
      way: 'paced',
    }
  }
  return {
    name: campaign.name,
    senderId: campaign.senderId,
    listIds: campaign.listIds,
    text: campaign.text,
    appendOptOut: campaign.appendOptOut,
    optOutLine: campaign.optOutLine,
    utm: campaign.utm,
    utmCampaign: campaign.utmCampaign,
    language: campaign.language,
    startMode: campaign.startAt === null ? 'now' : 'later',
    startAt: campaign.startAt === null ? '' : toLocalInput(campaign.startAt),
    template: campaign.template,
    way: campaign.way,
  }
}

export type ComposerField = 'name' | 'senderId' | 'listIds' | 'text' | 'template' | 'startAt'
/**
 * `incomplete`: a template whose placeholders are not all mapped (each row says which).
 * `oneList`, `personal`: a list message goes to one list, with one text for all.
 */
export type ComposerProblem = 'required' | 'startInPast' | 'incomplete' | 'oneList' | 'personal'

/** What is missing to save (`forStart`: to start) the campaign on a sender of this channel. */
export function composerProblems(
  form: ComposerForm,
  now: number,
  forStart: boolean,
  channel: SenderChannel = 'assisted',
): Partial<Record<ComposerField, ComposerProblem>> {
  const problems: Partial<Record<ComposerField, ComposerProblem>> = {}
  if (form.name.trim() === '') problems.name = 'required'
  if (form.senderId === null) problems.senderId = 'required'
  if (forStart && form.listIds.length === 0) problems.listIds = 'required'
  if (form.way === 'phone_broadcast') {
    // From the phone: free text whatever the number's channel, and no start time (sent by hand).
    if (form.listIds.length > 1) problems.listIds = 'oneList'
    if (forStart && form.text.trim() === '') problems.text = 'required'
    else if (forStart && personalPlaceholdersIn(form.text).length > 0) problems.text = 'personal'
    return problems
  }
  if (channel === 'cloud_api') {
    if (form.template === null) {
      if (forStart) problems.template = 'required'
    } else if (Object.keys(paramProblems(form.template, forStart)).length > 0) {
      problems.template = 'incomplete'
    }
  } else if (forStart && form.text.trim() === '') problems.text = 'required'
  if (form.startMode === 'later') {
    const at = fromLocalInput(form.startAt)
    if (at === null) problems.startAt = 'required'
    else if (forStart && at < now) problems.startAt = 'startInPast'
  }
  return problems
}

/**
 * The input of `campaigns.save`; a draft needs a sender, so the caller checks problems first.
 * A Cloud API campaign sends its template and no text; an assisted one its text and no template.
 */
export function toCampaignInput(
  form: ComposerForm,
  id?: number,
  channel: SenderChannel = 'assisted',
): CampaignInput {
  const phone = form.way === 'phone_broadcast'
  const startAt = form.startMode === 'later' && !phone ? fromLocalInput(form.startAt) : null
  // A list message is free text from the phone, whatever the number's channel.
  const cloud = channel === 'cloud_api' && !phone
  return {
    ...(id === undefined ? {} : { id }),
    name: form.name.trim(),
    senderId: form.senderId ?? 0,
    listIds: form.listIds,
    text: cloud ? '' : form.text,
    appendOptOut: form.appendOptOut,
    optOutLine: form.optOutLine.trim(),
    utm: form.utm,
    utmCampaign: campaignTag(form),
    language: form.language,
    startAt,
    template: cloud ? form.template : null,
    way: form.way,
  }
}

/** Puts `snippet` in place of the selection [start, end) and says where the caret goes next. */
export function insertAt(text: string, snippet: string, start: number, end: number) {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  return { text: text.slice(0, from) + snippet + text.slice(to), caret: from + snippet.length }
}

/** What the test send did, from the link the core opened. */
export function openedWith(url: string): 'desktop_app' | 'web' | 'wa_me' {
  if (url.startsWith('whatsapp:')) return 'desktop_app'
  if (url.includes('web.whatsapp.com')) return 'web'
  return 'wa_me'
}

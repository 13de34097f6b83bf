// The composer and the ban-risk meter: what the meter is asked about the form, and what a click on
// one of its fixes changes in the form.
import type { SenderChannel } from '../../../../shared/senders'
import type { RiskDraft, RiskFix } from '../../../../shared/risk'
import { listNameMax } from '../lists/list-names'
import {
  defaultOptOutLines,
  toCampaignInput,
  toLocalInput,
  type ComposerForm,
  type MessageLanguage,
} from './composer-form'
import { forPreview } from './template-mapping'

/**
 * The draft as the meter takes it (riskDraftSchema): the campaign as `campaigns.save` would get
 * it, without its name. Null without a sender: the meter measures against a number's limits.
 */
export function riskDraftOf(
  form: ComposerForm,
  id: number | undefined,
  channel: SenderChannel,
): RiskDraft | null {
  if (form.senderId === null) return null
  const input = toCampaignInput(form, id, channel)
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    senderId: form.senderId,
    listIds: input.listIds ?? [],
    text: input.text,
    appendOptOut: input.appendOptOut ?? true,
    optOutLine: input.optOutLine ?? '',
    utm: input.utm ?? true,
    utmCampaign: input.utmCampaign ?? '',
    language: input.language ?? 'ru',
    startAt: input.startAt ?? null,
    // A placeholder not filled in yet is measured as written, as the preview shows it.
    template:
      channel === 'cloud_api' && form.way === 'paced' && form.template
        ? forPreview(form.template)
        : null,
    way: form.way,
  }
}

/**
 * The fixes the composer applies itself, when applying them changes something: a Cloud API
 * number sends an approved template, whose text and opt-out (its own button or footer) the
 * composer cannot edit, so those fixes stay advice there.
 */
export function canApplyFix(fix: RiskFix, form: ComposerForm, channel: SenderChannel): boolean {
  switch (fix.kind) {
    case 'narrow_to_consent':
    case 'start_at':
      return true
    case 'add_opt_out':
    case 'add_name':
      return channel !== 'cloud_api' && formChangeFor(fix, form) !== null
    default:
      return false
  }
}

/** The text greets by name already: {{first_name}}, {{ name }}, {{first_name|друг}}. */
const namePlaceholder = /\{\{\s*(?:first_name|name)\s*(?:\|[^{}\n]*)?\}\}/

/**
 * Words for a person the book has no first name for, in the message's language: standing first
 * they greet ("Здравствуйте, новость…"), after the text's own greeting they address the reader.
 */
const nameFallbacks: Record<MessageLanguage, { greeting: string; address: string }> = {
  ru: { greeting: 'Здравствуйте', address: 'уважаемый покупатель' },
  en: { greeting: 'Hello', address: 'dear customer' },
}

/** A greeting the text opens with, followed by its punctuation: "Здравствуйте!", "Hi,". */
const openingGreeting =
  /^(здравствуйте|добрый\s+(?:день|вечер)|доброе\s+утро|привет(?:ствуем)?|hello|hi|hey|good\s+(?:morning|afternoon|evening))(?=[!,.]|$)/iu

/** A capitalised ordinary word ("Новость") reads on after the name in lower case. */
function afterName(text: string): string {
  const first = /^\p{Lu}(?=\p{Ll})/u.exec(text)?.[0]
  return first === undefined ? text : first.toLocaleLowerCase() + text.slice(first.length)
}

/**
 * The text greeting each person by name. Someone without a first name reads the same text with
 * a greeting in its place: "{{first_name|Здравствуйте}}, новость…"; a text that greets already
 * gets the name inside its greeting: "Здравствуйте, {{first_name|уважаемый покупатель}}!".
 */
export function withNameGreeting(text: string, language: MessageLanguage): string {
  const { greeting, address } = nameFallbacks[language]
  const body = text.trimStart()
  const opening = openingGreeting.exec(body)?.[0]
  if (opening !== undefined) {
    return `${opening}, {{first_name|${address}}}${body.slice(opening.length)}`
  }
  return `{{first_name|${greeting}}}, ${afterName(body)}`
}

/**
 * What a fix changes in the form, for those applied in place (the list is narrowed by a call
 * first, see useRiskFix); null for the others.
 */
export function formChangeFor(fix: RiskFix, form: ComposerForm): Partial<ComposerForm> | null {
  switch (fix.kind) {
    case 'add_opt_out':
      if (form.appendOptOut && form.optOutLine.trim() !== '') return null
      return {
        appendOptOut: true,
        optOutLine:
          form.optOutLine.trim() === '' ? defaultOptOutLines[form.language] : form.optOutLine,
      }
    case 'add_name':
      return namePlaceholder.test(form.text)
        ? null
        : { text: withNameGreeting(form.text, form.language) }
    case 'start_at':
      return { startMode: 'later', startAt: toLocalInput(fix.at) }
    default:
      return null
  }
}

/** Lower-case and ё as е: the core's rule for two list names being the same. */
const nameKey = (name: string): string => name.trim().toLowerCase().replace(/ё/g, 'е')

/**
 * "Regulars — with consent", or "… with consent 2" when that is taken; the list's own name
 * shortened so the whole stays within the limit.
 */
export function narrowedListName(base: string, suffix: string, taken: readonly string[]): string {
  const used = new Set(taken.map(nameKey))
  for (let n = 1; ; n++) {
    const tail = n === 1 ? ` — ${suffix}` : ` — ${suffix} ${String(n)}`
    const room = listNameMax - tail.length
    const head = base.trim()
    const name = (head.length > room ? head.slice(0, room).trimEnd() : head) + tail
    if (!used.has(nameKey(name))) return name
  }
}

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
    listId: input.listId ?? null,
    text: input.text,
    appendOptOut: input.appendOptOut ?? true,
    optOutLine: input.optOutLine ?? '',
    utm: input.utm ?? true,
    utmCampaign: input.utmCampaign ?? '',
    language: input.language ?? 'ru',
    startAt: input.startAt ?? null,
    // A placeholder not filled in yet is measured as written, as the preview shows it.
    template: channel === 'cloud_api' && form.template ? forPreview(form.template) : null,
  }
}

/** The fixes the composer applies itself; greeting by name only edits a text, not a template. */
export function canApplyFix(fix: RiskFix, channel: SenderChannel): boolean {
  switch (fix.kind) {
    case 'add_opt_out':
    case 'narrow_to_consent':
    case 'start_at':
      return true
    case 'add_name':
      return channel !== 'cloud_api'
    default:
      return false
  }
}

/** The greeting put at the start of the text ("Anna, …"); the placeholder is the same in ru and en. */
export const nameGreeting = '{{first_name}}, '

/** A capitalised ordinary word ("Здравствуйте") reads on after the name in lower case. */
function afterGreeting(text: string): string {
  const first = /^\p{Lu}(?=\p{Ll})/u.exec(text)?.[0]
  return first === undefined ? text : first.toLocaleLowerCase() + text.slice(first.length)
}

/**
 * What a fix changes in the form, for those applied in place (the list is narrowed by a call
 * first, see useRiskFix); null for the others.
 */
export function formChangeFor(fix: RiskFix, form: ComposerForm): Partial<ComposerForm> | null {
  switch (fix.kind) {
    case 'add_opt_out':
      return {
        appendOptOut: true,
        optOutLine:
          form.optOutLine.trim() === '' ? defaultOptOutLines[form.language] : form.optOutLine,
      }
    case 'add_name': {
      if (form.text.includes('{{first_name')) return null
      const text = form.text.trimStart()
      return { text: nameGreeting + afterGreeting(text) }
    }
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

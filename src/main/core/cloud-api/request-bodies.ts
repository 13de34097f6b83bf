// Bodies of POST /{version}/{phone-number-id}/messages, as Meta documents them (WHATSAPP-FACTS §1.1).
// `to` is always +E.164: without the "+" Meta would prefix the business number's country code.
import { paramKey, type CampaignTemplate } from '../../../shared/cloud-api'
import { cleanParamText, paramMaxChars } from '../../../shared/template-fill'
import { isMediaKind } from '../../../shared/template-parts'

type Body = Record<string, unknown>

const base = (to: string, type: string): Body => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to: to.startsWith('+') ? to : `+${to}`,
  type,
})

export function textBody(to: string, text: string): Body {
  // A preview of the first link helps a shop's offer; Meta renders it only for http(s) links.
  return { ...base(to, 'text'), text: { preview_url: /https?:\/\//.test(text), body: text } }
}

export function imageBody(to: string, link: string, caption?: string): Body {
  return { ...base(to, 'image'), image: { link, ...(caption ? { caption } : {}) } }
}

export function documentBody(to: string, link: string, filename?: string, caption?: string): Body {
  return {
    ...base(to, 'document'),
    document: { link, ...(filename ? { filename } : {}), ...(caption ? { caption } : {}) },
  }
}

/**
 * A template with its placeholders filled: positional ones in {{1}}, {{2}}… order, named ones
 * with their parameter_name. `values` is keyed like the campaign's mapping ("body:1"). A media
 * header takes the id Meta gave its uploaded file; buttons follow in their index order (Meta:
 * "Send message templates" — a `button` component per button with `sub_type` and `index`;
 * quick_reply takes a `payload`, url a `text` suffix, copy_code a `coupon_code`; OpenAPI
 * TemplateObject example and developers.facebook.com/documentation/business-messaging/whatsapp/
 * templates/marketing-templates/coupon-templates).
 */
export function templateBody(
  to: string,
  template: CampaignTemplate,
  values: Readonly<Record<string, string>>,
  mediaId: string | null = null,
): Body {
  const components: Body[] = []
  const format = template.headerFormat ?? 'none'
  if (isMediaKind(format) && mediaId !== null) {
    // Meta's OpenAPI HeaderComponent: {type: image, image: {id}}; a document shows its file name.
    const media =
      format === 'document' && template.headerMedia
        ? { id: mediaId, filename: template.headerMedia.fileName }
        : { id: mediaId }
    components.push({ type: 'header', parameters: [{ type: format, [format]: media }] })
  }
  for (const component of ['header', 'body'] as const) {
    const placeholders = template.placeholders.filter((p) => p.component === component)
    if (placeholders.length === 0) continue
    const ordered =
      template.parameterFormat === 'positional'
        ? [...placeholders].sort((a, b) => Number(a.key) - Number(b.key))
        : placeholders
    components.push({
      type: component,
      parameters: ordered.map((placeholder) => ({
        type: 'text',
        ...(template.parameterFormat === 'named' ? { parameter_name: placeholder.key } : {}),
        text: cleanParamText(values[paramKey(placeholder)] ?? '', paramMaxChars[component]),
      })),
    })
  }
  ;(template.buttonDetails ?? []).forEach((button, index) => {
    const value = () =>
      cleanParamText(values[`button:${String(index)}`] ?? '', paramMaxChars.button).trim()
    const parameter =
      button.kind === 'quick_reply'
        ? // The payload comes back with a tap; the label keeps "Stop promotions" recognisable.
          { type: 'payload', payload: button.text }
        : button.kind === 'url' && button.hasVariable
          ? { type: 'text', text: value() }
          : button.kind === 'copy_code'
            ? { type: 'coupon_code', coupon_code: value() }
            : null
    if (parameter === null) return
    components.push({
      type: 'button',
      sub_type: button.kind,
      index: String(index),
      parameters: [parameter],
    })
  })
  return {
    ...base(to, 'template'),
    template: {
      name: template.name,
      language: { code: template.language },
      ...(components.length > 0 ? { components } : {}),
    },
  }
}

/** Echoed back in status webhooks: which campaign and recipient a status is about. */
export const callbackData = (campaignId: number, itemId: number): string =>
  `rupor:${String(campaignId)}:${String(itemId)}`

// Bodies of POST /{version}/{phone-number-id}/messages, as Meta documents them (WHATSAPP-FACTS §1.1).
// `to` is always +E.164: without the "+" Meta would prefix the business number's country code.
import { paramKey, type CampaignTemplate } from '../../../shared/cloud-api'

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
 * with their parameter_name. `values` is keyed like the campaign's mapping ("body:1").
 */
export function templateBody(
  to: string,
  template: CampaignTemplate,
  values: Readonly<Record<string, string>>,
): Body {
  const components: Body[] = []
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
        text: values[paramKey(placeholder)] ?? '',
      })),
    })
  }
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

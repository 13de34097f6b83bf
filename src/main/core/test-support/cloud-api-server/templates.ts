// The WABA's message templates, in the shape `GET /{waba}/message_templates` answers
// (Meta's OpenAPI example: HEADER / BODY with `example` / FOOTER / BUTTONS).

import type { CloudTestTemplate } from './types'

// Template ids are 15-digit numbers in Meta's examples ('920070352646140').
let nextId = 920_070_352_646_140
const newTemplateId = (): string => String(nextId++)

/** A shop's usual set: the marketing and utility templates the app uses, one paused, one
 * disabled, one pending, and enough filler that the default page of 25 is not all of them. */
export function defaultTemplates(): CloudTestTemplate[] {
  const templates: CloudTestTemplate[] = [
    {
      id: newTemplateId(),
      name: 'spring_sale',
      language: 'ru',
      category: 'MARKETING',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Весенняя распродажа' },
        {
          type: 'BODY',
          text: 'Здравствуйте, {{1}}! Весенняя распродажа: скидка {{2}} до конца недели.',
          example: { body_text: [['Анна', '20%']] },
        },
        { type: 'FOOTER', text: 'Не интересны акции? Нажмите «Stop promotions»' },
        { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Stop promotions' }] },
      ],
    },
    {
      id: newTemplateId(),
      name: 'order_ready',
      language: 'en_US',
      category: 'UTILITY',
      status: 'APPROVED',
      parameter_format: 'NAMED',
      components: [
        {
          type: 'BODY',
          text: 'Hi {{first_name}}, your order {{order_id}} is ready.',
          example: {
            body_text_named_params: [
              { param_name: 'first_name', example: 'Jessica' },
              { param_name: 'order_id', example: 'SKBUP2-4CPIG9' },
            ],
          },
        },
      ],
    },
    {
      id: newTemplateId(),
      name: 'hello_world',
      language: 'en_US',
      category: 'UTILITY',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'TEXT', text: 'Hello World' },
        {
          type: 'BODY',
          text: 'Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the Cloud API, hosted by Meta. Thank you for taking the time to test with us.',
        },
        { type: 'FOOTER', text: 'WhatsApp Business Platform sample message' },
      ],
    },
    {
      id: newTemplateId(),
      name: 'winter_sale',
      language: 'ru',
      category: 'MARKETING',
      status: 'PAUSED',
      parameter_format: 'POSITIONAL',
      components: [
        {
          type: 'BODY',
          text: 'Здравствуйте, {{1}}! Зимняя распродажа уже началась.',
          example: { body_text: [['Анна']] },
        },
      ],
    },
    {
      id: newTemplateId(),
      name: 'old_promo',
      language: 'ru',
      category: 'MARKETING',
      status: 'DISABLED',
      parameter_format: 'POSITIONAL',
      components: [{ type: 'BODY', text: 'Старая акция закончилась.' }],
    },
    {
      id: newTemplateId(),
      name: 'new_arrivals',
      language: 'ru',
      category: 'MARKETING',
      status: 'PENDING',
      parameter_format: 'POSITIONAL',
      components: [{ type: 'BODY', text: 'Новые поступления в магазине, {{1}}!' }],
    },
  ]
  for (let n = 1; n <= 26; n += 1) {
    templates.push({
      id: newTemplateId(),
      name: `filler_notice_${String(n).padStart(2, '0')}`,
      language: 'ru',
      category: 'UTILITY',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        {
          type: 'BODY',
          text: `Уведомление ${n}: заказ {{1}} обновлён.`,
          example: { body_text: [['A-1']] },
        },
      ],
    })
  }
  return templates
}

/**
 * Templates with a file header and buttons that need values, and two Rupor cannot fill (a location
 * header, a catalogue button), in Meta's template-object shape ("Template components": HEADER
 * format IMAGE/VIDEO/DOCUMENT/LOCATION with `example.header_handle`; BUTTONS of type URL with
 * {{1}} at the end of `url` and an `example`, COPY_CODE with its `example`, QUICK_REPLY, CATALOG —
 * developers.facebook.com/documentation/business-messaging/whatsapp/templates/components).
 * Not in defaultTemplates(), whose counts other tests rely on: add them with setTemplates.
 */
export function mediaTemplates(): CloudTestTemplate[] {
  const handle = '4::aW1hZ2UvanBlZw==:ARa1ZDhwbLZM3EENeeg'
  const body = (text: string, example: string[]) => ({
    type: 'BODY',
    text,
    example: { body_text: [example] },
  })
  return [
    {
      id: newTemplateId(),
      name: 'spring_lookbook',
      language: 'ru',
      category: 'MARKETING',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'IMAGE', example: { header_handle: [handle] } },
        body('Здравствуйте, {{1}}! Новая коллекция уже в магазине.', ['Анна']),
        { type: 'FOOTER', text: 'Не интересны акции? Нажмите «Stop promotions»' },
        {
          type: 'BUTTONS',
          buttons: [
            {
              type: 'URL',
              text: 'Смотреть',
              url: 'https://shop.example/lookbook/{{1}}',
              example: ['https://shop.example/lookbook/spring'],
            },
            { type: 'QUICK_REPLY', text: 'Stop promotions' },
          ],
        },
      ],
    },
    {
      id: newTemplateId(),
      name: 'price_list',
      language: 'ru',
      category: 'UTILITY',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'DOCUMENT', example: { header_handle: [handle] } },
        body('{{1}}, прайс-лист на этот месяц — в файле.', ['Анна']),
      ],
    },
    {
      id: newTemplateId(),
      name: 'autumn_coupon',
      language: 'ru',
      category: 'MARKETING',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        body('{{1}}, ваш промокод на скидку — по кнопке ниже.', ['Анна']),
        {
          type: 'BUTTONS',
          buttons: [
            { type: 'COPY_CODE', text: 'Copy offer code', example: 'AUTUMN15' },
            { type: 'QUICK_REPLY', text: 'Stop promotions' },
          ],
        },
      ],
    },
    {
      id: newTemplateId(),
      name: 'store_location',
      language: 'ru',
      category: 'UTILITY',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        { type: 'HEADER', format: 'LOCATION' },
        body('{{1}}, мы переехали — новый адрес на карте.', ['Анна']),
      ],
    },
    {
      id: newTemplateId(),
      name: 'catalogue_week',
      language: 'ru',
      category: 'MARKETING',
      status: 'APPROVED',
      parameter_format: 'POSITIONAL',
      components: [
        body('{{1}}, товары недели — в каталоге.', ['Анна']),
        { type: 'BUTTONS', buttons: [{ type: 'CATALOG', text: 'View catalog' }] },
      ],
    },
  ]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The BODY component's text, or '' when the template has none. */
export function bodyText(template: CloudTestTemplate): string {
  for (const component of template.components) {
    if (isRecord(component) && component.type === 'BODY' && typeof component.text === 'string') {
      return component.text
    }
  }
  return ''
}

/** The distinct placeholder names in the BODY text: '1', '2' or 'first_name', 'order_id'. */
export function bodyPlaceholders(template: CloudTestTemplate): string[] {
  const names = [...bodyText(template).matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map(
    (match) => match[1] ?? '',
  )
  return [...new Set(names)]
}

/** The WABA's templates; the order is creation order, which paging follows. */
export class TemplateStore {
  private templates: CloudTestTemplate[]

  constructor(templates: CloudTestTemplate[]) {
    this.templates = templates.map((template) => ({ ...template }))
  }

  all(): readonly CloudTestTemplate[] {
    return this.templates
  }

  replace(templates: CloudTestTemplate[]): void {
    this.templates = templates.map((template) => ({ ...template }))
  }

  /** Names are not unique: a template is a name in one language. */
  find(name: string, language: string): CloudTestTemplate | undefined {
    return this.templates.find((t) => t.name === name && t.language === language)
  }

  setStatus(name: string, language: string, status: string): void {
    const template = this.find(name, language)
    if (!template) throw new Error(`No template ${name} (${language}) in the test server`)
    template.status = status
  }
}

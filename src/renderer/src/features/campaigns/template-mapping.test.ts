import { describe, expect, it } from 'vitest'
import { campaignTemplateSchema, type CloudTemplate } from '../../../../shared/cloud-api'
import {
  chooseTemplate,
  defaultParam,
  forPreview,
  lacksOptOut,
  paramProblems,
  templateMessageLanguage,
  templateOptOut,
} from './template-mapping'

const springSale: CloudTemplate = {
  id: '1',
  name: 'spring_sale',
  language: 'ru',
  category: 'MARKETING',
  status: 'APPROVED',
  parameterFormat: 'positional',
  header: 'Весенняя распродажа',
  body: 'Здравствуйте, {{1}}! Скидка {{2}} до конца недели.',
  footer: 'Не интересны акции? Нажмите «Stop promotions»',
  buttons: ['Stop promotions'],
  placeholders: [
    { component: 'body', key: '1' },
    { component: 'body', key: '2' },
  ],
}

const orderReady: CloudTemplate = {
  id: '2',
  name: 'order_ready',
  language: 'en_US',
  category: 'UTILITY',
  status: 'APPROVED',
  parameterFormat: 'named',
  header: null,
  body: 'Hi {{first_name}}, your order {{order_id}} is ready.',
  footer: null,
  buttons: [],
  placeholders: [
    { component: 'body', key: 'first_name' },
    { component: 'body', key: 'order_id' },
  ],
}

const field = (name: string, fallback: string) => ({ kind: 'field', field: name, fallback })
/** {{1}} and {{first_name}}: the first name, with "friend" in the message's language. */
const firstName = (fallback: string) => field('first_name', fallback)

describe('template mapping', () => {
  const typed = { kind: 'fixed', value: '' }
  it.each([
    ["the body's {{1}}, in Russian", { component: 'body', key: '1' }, 'ru', firstName('друг')],
    ["the body's {{1}}, in English", { component: 'body', key: '1' }, 'en', firstName('friend')],
    // A header's {{1}} is usually not a greeting: the owner writes it.
    ["a header's {{1}}", { component: 'header', key: '1' }, 'ru', typed],
    ["the body's {{2}}", { component: 'body', key: '2' }, 'ru', typed],
    // Named placeholders that are contact fields take that field.
    ['{{first_name}}', { component: 'body', key: 'first_name' }, 'en', firstName('friend')],
    ['{{email}}', { component: 'body', key: 'email' }, 'en', field('email', '')],
    ['{{order_id}}', { component: 'body', key: 'order_id' }, 'en', typed],
  ] as const)('maps %s by default', (_name, placeholder, language, expected) => {
    expect(defaultParam(placeholder, language)).toEqual(expected)
  })

  it('takes the message language from the template locale', () => {
    expect(templateMessageLanguage('en_US', 'ru')).toBe('en')
    expect(templateMessageLanguage('ru', 'en')).toBe('ru')
    expect(templateMessageLanguage('kk', 'ru')).toBe('ru')
  })

  it('copies a picked template with every placeholder mapped', () => {
    const chosen = chooseTemplate(orderReady, null, 'en')
    expect(chosen).toMatchObject({ name: 'order_ready', language: 'en_US', footer: null })
    expect(chosen.params).toEqual({
      'body:first_name': { kind: 'field', field: 'first_name', fallback: 'friend' },
      'body:order_id': { kind: 'fixed', value: '' },
    })
    expect(paramProblems(chosen, false)).toEqual({ 'body:order_id': 'required' })
    const filled = {
      ...chosen,
      params: { ...chosen.params, 'body:order_id': { kind: 'fixed', value: 'A-17' } as const },
    }
    expect(paramProblems(filled, true)).toEqual({})
    expect(campaignTemplateSchema.safeParse(filled).success).toBe(true)
  })

  it('keeps the mapping when the same template is picked again, not for another one', () => {
    const chosen = chooseTemplate(springSale, null, 'ru')
    const edited = {
      ...chosen,
      params: { ...chosen.params, 'body:2': { kind: 'fixed', value: '20%' } as const },
    }
    expect(chooseTemplate(springSale, edited, 'ru').params['body:2']).toEqual({
      kind: 'fixed',
      value: '20%',
    })
    expect(chooseTemplate(orderReady, edited, 'en').params).not.toHaveProperty('body:2')
  })

  it('previews a text not typed yet as its placeholder', () => {
    const chosen = chooseTemplate(springSale, null, 'ru')
    const previewed = forPreview(chosen)
    expect(previewed.params['body:2']).toEqual({ kind: 'fixed', value: '{{2}}' })
    expect(previewed.params['body:1']).toEqual(chosen.params['body:1'])
    expect(campaignTemplateSchema.safeParse(previewed).success).toBe(true)
  })

  it('asks for a fallback only when starting, and never for the phone', () => {
    const chosen = chooseTemplate(springSale, null, 'ru')
    const template = {
      ...chosen,
      params: {
        'body:1': { kind: 'field', field: 'last_name', fallback: ' ' } as const,
        'body:2': { kind: 'field', field: 'phone', fallback: '' } as const,
      },
    }
    expect(paramProblems(template, false)).toEqual({})
    expect(paramProblems(template, true)).toEqual({ 'body:1': 'fallbackRequired' })
    expect(paramProblems({ ...template, params: {} }, false)).toEqual({
      'body:1': 'required',
      'body:2': 'required',
    })
  })

  it("finds the template's own opt-out and warns for marketing without one", () => {
    expect(templateOptOut(springSale)).toEqual({ via: 'button', label: 'Stop promotions' })
    expect(templateOptOut({ buttons: [], footer: 'Ответьте СТОП, чтобы отписаться' })).toEqual({
      via: 'footer',
      footer: 'Ответьте СТОП, чтобы отписаться',
    })
    expect(templateOptOut({ buttons: ['Купить'], footer: null })).toBeNull()
    expect(lacksOptOut(springSale)).toBe(false)
    expect(lacksOptOut({ category: 'MARKETING', buttons: ['Купить'], footer: null })).toBe(true)
    expect(lacksOptOut(orderReady)).toBe(false)
  })
})

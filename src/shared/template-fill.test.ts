import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CampaignTemplate } from './cloud-api'
import {
  cleanParamText,
  fillableProblems,
  keepsParamRule,
  personalButtonProblem,
  type FillShape,
} from './template-fill'
import type { MediaFile, TemplateButton } from './template-parts'

const button = (kind: TemplateButton['kind'], text: string, extra: Partial<TemplateButton> = {}) =>
  ({ kind, metaType: kind.toUpperCase(), text, url: null, hasVariable: false, ...extra }) as const

const photo: MediaFile = {
  sha256: 'a'.repeat(64),
  kind: 'image',
  mime: 'image/jpeg',
  fileName: 'spring.jpg',
  bytes: 1000,
}

const campaign = (patch: Partial<CampaignTemplate> = {}): CampaignTemplate => ({
  name: 'spring_lookbook',
  language: 'ru',
  category: 'MARKETING',
  parameterFormat: 'positional',
  header: null,
  body: 'Здравствуйте, {{1}}!',
  footer: null,
  buttons: [],
  placeholders: [{ component: 'body', key: '1' }],
  params: { 'body:1': { kind: 'field', field: 'first_name', fallback: 'друг' } },
  ...patch,
})

describe('fillableProblems', () => {
  it('accepts a text-only template, and an old campaign saved before headers were read', () => {
    const old = campaign()
    expect(fillableProblems(old, old)).toEqual([])
  })

  it('refuses a location header and a header kind it does not know', () => {
    const shape: FillShape = { headerFormat: 'location', placeholders: campaign().placeholders }
    expect(fillableProblems(shape, campaign())).toEqual([{ problem: 'location_header' }])
    expect(fillableProblems({ ...shape, headerFormat: 'other' }, campaign())).toEqual([
      { problem: 'unknown_header' },
    ])
  })

  it('needs a file of the header’s kind', () => {
    const shape: FillShape = { headerFormat: 'image', placeholders: campaign().placeholders }
    expect(fillableProblems(shape, campaign())).toEqual([
      { problem: 'media_missing', kind: 'image' },
    ])
    expect(fillableProblems(shape, campaign({ headerMedia: photo }))).toEqual([])
    expect(
      fillableProblems({ ...shape, headerFormat: 'video' }, campaign({ headerMedia: photo })),
    ).toEqual([{ problem: 'media_wrong_kind', kind: 'video' }])
  })

  it('needs a URL variable’s value and a copy code, and refuses flow and catalogue buttons', () => {
    const shape: FillShape = {
      buttonDetails: [
        button('url', 'Смотреть', { url: 'https://shop.example/{{1}}', hasVariable: true }),
        button('copy_code', 'Copy offer code'),
        button('quick_reply', 'Stop promotions'),
        button('other', 'View catalog', { metaType: 'CATALOG' }),
      ],
      placeholders: [
        { component: 'body', key: '1' },
        { component: 'button', key: '0' },
        { component: 'button', key: '1' },
      ],
    }
    const chosen = campaign({ placeholders: shape.placeholders.map((p) => ({ ...p })) })
    expect(fillableProblems(shape, chosen)).toEqual([
      { problem: 'url_value_missing', button: 'Смотреть' },
      { problem: 'code_missing', button: 'Copy offer code' },
      { problem: 'unsupported_button', button: 'View catalog', type: 'CATALOG' },
    ])
    const filled = {
      ...chosen,
      params: {
        ...chosen.params,
        'button:0': { kind: 'fixed', value: 'spring' },
        'button:1': { kind: 'fixed', value: 'AUTUMN15' },
      } as const,
    }
    expect(fillableProblems(shape, filled)).toEqual([
      { problem: 'unsupported_button', button: 'View catalog', type: 'CATALOG' },
    ])
    const longCode = {
      ...filled,
      params: { ...filled.params, 'button:1': { kind: 'fixed', value: 'A'.repeat(16) } } as const,
    }
    expect(fillableProblems(shape, longCode)).toContainEqual({
      problem: 'code_too_long',
      button: 'Copy offer code',
    })
  })

  it('says the template changed when Meta’s has a placeholder the campaign’s copy lacks', () => {
    const shape: FillShape = {
      placeholders: [
        { component: 'body', key: '1' },
        { component: 'body', key: '2' },
      ],
    }
    expect(fillableProblems(shape, campaign())).toEqual([{ problem: 'template_changed' }])
  })
})

describe('cleanParamText', () => {
  it('turns a note’s lines into one line, tabs and long runs of spaces into one space', () => {
    expect(cleanParamText('Позвонить после 18:00\nпросила скидку')).toBe(
      'Позвонить после 18:00 · просила скидку',
    )
    expect(cleanParamText('  первая\r\n\r\n  вторая\t\tтретья  ')).toBe('первая · вторая  третья')
    expect(cleanParamText('a     b')).toBe('a b')
    expect(cleanParamText('a    b')).toBe('a    b')
  })

  it('cuts a value longer than its place with an ellipsis', () => {
    expect(cleanParamText('x'.repeat(70), 60)).toHaveLength(60)
    expect(cleanParamText('x'.repeat(70), 60).endsWith('…')).toBe(true)
  })

  it('never leaves what Meta refuses', () => {
    const spaced = fc.string({
      unit: fc.constantFrom(' ', ' ', '\n', '\t', '\r', 'а', 'b', '\u2028', '·', '😀'),
      maxLength: 80,
    })
    fc.assert(
      fc.property(fc.oneof(spaced, fc.string()), fc.integer({ min: 2, max: 2000 }), (text, max) => {
        const clean = cleanParamText(text, max)
        expect(keepsParamRule(clean)).toBe(true)
        expect(Array.from(clean).length).toBeLessThanOrEqual(max)
      }),
    )
  })

  it('leaves text that already keeps the rule and fits as it is', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }).filter(keepsParamRule), (text) => {
        expect(cleanParamText(text)).toBe(text)
      }),
    )
  })
})

describe('personalButtonProblem', () => {
  const coupon = campaign({
    buttonDetails: [button('copy_code', 'Скопировать код')],
    params: { 'button:0': { kind: 'field', field: 'last_name', fallback: '' } },
  })

  it('lets a code from the card go when it is there and fits Meta’s 15 characters', () => {
    expect(personalButtonProblem(coupon, { 'button:0': 'ПЕТРОВА10' })).toBeNull()
  })

  it('skips a person whose card gives no code, or one longer than 15 characters', () => {
    expect(personalButtonProblem(coupon, { 'button:0': '—' })).toBe('button_value_unusable')
    expect(personalButtonProblem(coupon, { 'button:0': ' ' })).toBe('button_value_unusable')
    expect(personalButtonProblem(coupon, { 'button:0': 'Константинопольская' })).toBe(
      'button_value_unusable',
    )
  })

  it('leaves fixed values to the check before the start', () => {
    const fixed = campaign({
      buttonDetails: [button('copy_code', 'Скопировать код')],
      params: { 'button:0': { kind: 'fixed', value: 'AUTUMN15' } },
    })
    expect(personalButtonProblem(fixed, { 'button:0': 'AUTUMN15' })).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { riskDraftSchema } from '../../../../shared/risk'
import { toComposerForm, toLocalInput, type ComposerForm } from './composer-form'
import { canApplyFix, formChangeFor, narrowedListName, riskDraftOf } from './composer-risk'
import { springSale as template } from './campaign-template.fixture'

const form = (patch: Partial<ComposerForm> = {}): ComposerForm => ({
  ...toComposerForm(undefined, {
    language: 'ru',
    senderId: 3,
    listIds: [7],
    usesWebAnalytics: true,
  }),
  name: 'Скидки к Новому году',
  text: 'Здравствуйте! Скидка 15% на всё.',
  ...patch,
})

describe('the draft the meter is asked about', () => {
  it('is the campaign as it would be saved, without its name, and passes the contract', () => {
    const draft = riskDraftOf(form(), 12, 'assisted')
    expect(draft).toEqual({
      id: 12,
      senderId: 3,
      listIds: [7],
      text: 'Здравствуйте! Скидка 15% на всё.',
      appendOptOut: true,
      optOutLine: 'Ответьте СТОП, чтобы не получать сообщения',
      utm: true,
      utmCampaign: 'skidki-k-novomu-godu',
      language: 'ru',
      startAt: null,
      template: null,
      way: 'paced',
    })
    expect(riskDraftSchema.safeParse(draft).success).toBe(true)
  })

  it('is not asked before a number is chosen, and has no id before the first save', () => {
    expect(riskDraftOf(form({ senderId: null }), undefined, 'assisted')).toBeNull()
    expect(riskDraftOf(form(), undefined, 'assisted')).not.toHaveProperty('id')
  })

  it('starts when the form says, and a later start without a time is "now"', () => {
    const at = new Date(2026, 11, 2, 10, 0).getTime()
    const later = form({ startMode: 'later', startAt: toLocalInput(at) })
    expect(riskDraftOf(later, undefined, 'assisted')?.startAt).toBe(at)
    expect(
      riskDraftOf(form({ startMode: 'later', startAt: '' }), undefined, 'assisted')?.startAt,
    ).toBeNull()
  })

  it('carries the template on a Cloud API number, its empty texts as placeholders, and no text', () => {
    const draft = riskDraftOf(form({ template }), undefined, 'cloud_api')
    expect(draft?.text).toBe('')
    expect(draft?.template?.params['body:2']).toEqual({ kind: 'fixed', value: '{{2}}' })
    expect(riskDraftSchema.safeParse(draft).success).toBe(true)
    // The same form on an assisted number: its text, no template.
    expect(riskDraftOf(form({ template }), undefined, 'assisted')?.template).toBeNull()
  })
})

describe('a fix applied to the form', () => {
  it('turns the opt-out line on, with the default line when it was emptied', () => {
    expect(formChangeFor({ kind: 'add_opt_out' }, form({ appendOptOut: false }))).toEqual({
      appendOptOut: true,
      optOutLine: 'Ответьте СТОП, чтобы не получать сообщения',
    })
    expect(
      formChangeFor(
        { kind: 'add_opt_out' },
        form({ appendOptOut: false, optOutLine: '', language: 'en' }),
      ),
    ).toEqual({ appendOptOut: true, optOutLine: 'Reply STOP to stop receiving these messages' })
    expect(
      formChangeFor({ kind: 'add_opt_out' }, form({ appendOptOut: false, optOutLine: 'Стоп — 0' })),
    ).toEqual({ appendOptOut: true, optOutLine: 'Стоп — 0' })
  })

  it('greets by name inside the text’s own greeting, with words for those without a name', () => {
    expect(formChangeFor({ kind: 'add_name' }, form())).toEqual({
      text: 'Здравствуйте, {{first_name|уважаемый покупатель}}! Скидка 15% на всё.',
    })
    expect(formChangeFor({ kind: 'add_name' }, form({ text: 'Добрый день, скидки!' }))).toEqual({
      text: 'Добрый день, {{first_name|уважаемый покупатель}}, скидки!',
    })
    expect(
      formChangeFor({ kind: 'add_name' }, form({ text: 'Hi! New roses.', language: 'en' })),
    ).toEqual({ text: 'Hi, {{first_name|dear customer}}! New roses.' })
  })

  it('greets by name at the start of a text without a greeting; no name reads "Hello"', () => {
    expect(formChangeFor({ kind: 'add_name' }, form({ text: '  Новинки недели.' }))).toEqual({
      text: '{{first_name|Здравствуйте}}, новинки недели.',
    })
    // Capitals that shout and names stay as written.
    expect(formChangeFor({ kind: 'add_name' }, form({ text: 'СКИДКИ!' }))).toEqual({
      text: '{{first_name|Здравствуйте}}, СКИДКИ!',
    })
    expect(
      formChangeFor({ kind: 'add_name' }, form({ text: 'New roses.', language: 'en' })),
    ).toEqual({ text: '{{first_name|Hello}}, new roses.' })
    // A greeting word that is not the whole opening ("Hi there") is left as it is.
    expect(
      formChangeFor({ kind: 'add_name' }, form({ text: 'Hi there!', language: 'en' })),
    ).toEqual({ text: '{{first_name|Hello}}, hi there!' })
  })

  it('does not greet twice when the text names the person already', () => {
    for (const text of ['Hi {{first_name|friend}}', 'Привет, {{ first_name }}!', '{{name}}, ура'])
      expect(formChangeFor({ kind: 'add_name' }, form({ text }))).toBeNull()
  })

  it('starts at the moment the meter suggests', () => {
    const at = new Date(2026, 11, 2, 10, 0).getTime()
    expect(formChangeFor({ kind: 'start_at', at }, form())).toEqual({
      startMode: 'later',
      startAt: '2026-12-02T10:00',
    })
  })

  it('leaves the list to useRiskFix and advice to the owner', () => {
    expect(formChangeFor({ kind: 'narrow_to_consent', contactIds: [1, 2] }, form())).toBeNull()
    expect(formChangeFor({ kind: 'calm_text' }, form())).toBeNull()
  })

  it('is a button where applying it changes the form, advice otherwise', () => {
    const f = form({ appendOptOut: false })
    expect(canApplyFix({ kind: 'add_name' }, f, 'assisted')).toBe(true)
    expect(canApplyFix({ kind: 'add_opt_out' }, f, 'assisted')).toBe(true)
    expect(canApplyFix({ kind: 'narrow_to_consent', contactIds: [1, 2] }, f, 'assisted')).toBe(true)
    expect(canApplyFix({ kind: 'start_at', at: 0 }, f, 'assisted')).toBe(true)
    expect(canApplyFix({ kind: 'shorten_text', characters: 300 }, f, 'assisted')).toBe(false)
    // Nothing to change: the name is in the text, the opt-out line is on.
    expect(canApplyFix({ kind: 'add_name' }, form({ text: '{{first_name}}!' }), 'assisted')).toBe(
      false,
    )
    expect(canApplyFix({ kind: 'add_opt_out' }, form(), 'assisted')).toBe(false)
  })

  it('leaves the text and the opt-out of a template to the template (Cloud API)', () => {
    const f = form({ appendOptOut: false, template })
    expect(canApplyFix({ kind: 'add_name' }, f, 'cloud_api')).toBe(false)
    expect(canApplyFix({ kind: 'add_opt_out' }, f, 'cloud_api')).toBe(false)
    expect(canApplyFix({ kind: 'narrow_to_consent', contactIds: [1] }, f, 'cloud_api')).toBe(true)
  })
})

describe('the name of the narrowed list', () => {
  it('is the list’s name with the suffix, numbered when taken (as the core compares names)', () => {
    expect(narrowedListName('Постоянные', 'с согласием', [])).toBe('Постоянные — с согласием')
    expect(
      narrowedListName('Постоянные', 'с согласием', ['ПОСТОЯННЫЕ — С СОГЛАСИЕМ', 'Другой']),
    ).toBe('Постоянные — с согласием 2')
    expect(
      narrowedListName('Ёлки', 'с согласием', ['Елки — с согласием', 'елки — с согласием 2']),
    ).toBe('Ёлки — с согласием 3')
  })

  it('shortens a long name so the whole stays within 80 characters', () => {
    const name = narrowedListName('Я'.repeat(80), 'with consent', [])
    expect(name).toHaveLength(80)
    expect(name.endsWith(' — with consent')).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { campaignInputSchema, emptyCounts, type Campaign } from '../../../../shared/campaigns'
import {
  composerProblems,
  defaultOptOutLines,
  fromLocalInput,
  insertAt,
  lengthLevel,
  messageLength,
  openedWith,
  toCampaignInput,
  toComposerForm,
  toLocalInput,
  utmTag,
} from './composer-form'
import { springSale } from './campaign-template.fixture'

const campaign: Campaign = {
  id: 7,
  name: 'Скидки',
  senderId: 2,
  listIds: [4],
  text: 'Привет, {{first_name|друг}}!',
  appendOptOut: true,
  optOutLine: 'Ответьте СТОП',
  utm: false,
  utmCampaign: 'sale',
  language: 'ru',
  startAt: new Date(2026, 11, 24, 10, 30).getTime(),
  template: null,
  way: 'paced',
  state: 'draft',
  pauseReason: null,
  counts: emptyCounts(),
  nextDueAt: null,
  waitReason: null,
  createdAt: 1,
  updatedAt: 1,
}

describe('composer form', () => {
  it('starts a new campaign with the opt-out line of its language and UTM off', () => {
    const form = toComposerForm(undefined, { language: 'en', senderId: 1, listIds: [] })
    expect(form).toMatchObject({
      optOutLine: defaultOptOutLines.en,
      appendOptOut: true,
      utm: false,
      startMode: 'now',
      senderId: 1,
    })
  })

  it('tags a new campaign’s links only when the owner said the site has analytics', () => {
    const base = { language: 'ru', senderId: null, listIds: [] } as const
    expect(toComposerForm(undefined, { ...base, usesWebAnalytics: true }).utm).toBe(true)
    expect(toComposerForm(undefined, { ...base, usesWebAnalytics: false }).utm).toBe(false)
    // A saved campaign keeps its own choice, whatever Settings say now.
    expect(toComposerForm(campaign, { ...base, usesWebAnalytics: true }).utm).toBe(false)
    expect(toComposerForm({ ...campaign, utm: true }, base).utm).toBe(true)
  })

  it('round-trips a saved campaign, the start time through the local date-time input', () => {
    const form = toComposerForm(campaign, { language: 'en', senderId: null, listIds: [] })
    expect(form.startMode).toBe('later')
    expect(form.startAt).toBe('2026-12-24T10:30')
    const input = toCampaignInput(form, campaign.id)
    expect(input).toEqual({
      id: 7,
      name: 'Скидки',
      senderId: 2,
      listIds: [4],
      text: campaign.text,
      appendOptOut: true,
      optOutLine: 'Ответьте СТОП',
      utm: false,
      utmCampaign: 'sale',
      language: 'ru',
      startAt: campaign.startAt,
      template: null,
      way: 'paced',
    })
    expect(campaignInputSchema.safeParse(input).success).toBe(true)
  })

  it('derives a UTM tag from the name when none is written', () => {
    expect(utmTag('Скидки к 8 Марта!')).toBe('skidki-k-8-marta')
    expect(utmTag('Spring Sale 2026')).toBe('spring-sale-2026')
    const form = { ...toComposerForm(campaign, { language: 'ru', senderId: null, listIds: [] }) }
    expect(toCampaignInput({ ...form, utmCampaign: ' ' }).utmCampaign).toBe('skidki')
  })

  it('reads the local date-time input and refuses broken ones', () => {
    const at = new Date(2027, 0, 2, 9, 5).getTime()
    expect(toLocalInput(at)).toBe('2027-01-02T09:05')
    expect(fromLocalInput('2027-01-02T09:05')).toBe(at)
    expect(fromLocalInput('')).toBeNull()
    expect(fromLocalInput('tomorrow')).toBeNull()
  })

  it('warns early about length, counting the opt-out line', () => {
    expect(lengthLevel(499)).toBe('ok')
    expect(lengthLevel(500)).toBe('long')
    expect(lengthLevel(1000)).toBe('tooLong')
    expect(messageLength({ text: 'Hello', appendOptOut: true, optOutLine: 'STOP' })).toBe(11)
    expect(messageLength({ text: 'Hello', appendOptOut: false, optOutLine: 'STOP' })).toBe(5)
  })

  it('asks for a list, a text and a future time only when starting', () => {
    const now = new Date(2026, 11, 25).getTime()
    const form = { ...toComposerForm(undefined, { language: 'ru', senderId: null, listIds: [] }) }
    expect(composerProblems(form, now, false)).toEqual({ name: 'required', senderId: 'required' })
    expect(
      composerProblems({ ...form, startMode: 'later', startAt: '2026-12-24T10:30' }, now, true),
    ).toEqual({
      name: 'required',
      senderId: 'required',
      listIds: 'required',
      text: 'required',
      startAt: 'startInPast',
    })
  })

  it('on a Cloud API number asks for a template and its placeholders instead of a text', () => {
    const now = new Date(2026, 11, 25).getTime()
    const base = { ...toComposerForm(campaign, { language: 'ru', senderId: null, listIds: [] }) }
    const form = { ...base, startMode: 'now' as const, text: '' }
    expect(composerProblems(form, now, false, 'cloud_api')).toEqual({})
    expect(composerProblems(form, now, true, 'cloud_api')).toEqual({ template: 'required' })
    const template = springSale
    expect(composerProblems({ ...form, template }, now, false, 'cloud_api')).toEqual({
      template: 'incomplete',
    })
    const filled = {
      ...template,
      params: { ...template.params, 'body:2': { kind: 'fixed' as const, value: '20%' } },
    }
    expect(composerProblems({ ...form, template: filled }, now, true, 'cloud_api')).toEqual({})
    // The template goes out with no text; on an assisted number the text with no template.
    const cloudInput = toCampaignInput({ ...base, template: filled }, 7, 'cloud_api')
    expect(cloudInput).toMatchObject({ text: '', template: filled })
    expect(campaignInputSchema.safeParse(cloudInput).success).toBe(true)
    expect(toCampaignInput({ ...base, template: filled }, 7)).toMatchObject({
      text: campaign.text,
      template: null,
    })
  })

  it('puts a placeholder in place of the selection', () => {
    expect(insertAt('Hi !', '{{name}}', 3, 3)).toEqual({ text: 'Hi {{name}}!', caret: 11 })
    expect(insertAt('Hi you!', '{{name}}', 3, 6)).toEqual({ text: 'Hi {{name}}!', caret: 11 })
    expect(insertAt('Hi', '{{name}}', 99, 99)).toEqual({ text: 'Hi{{name}}', caret: 10 })
  })

  it('tells which WhatsApp the test send opened', () => {
    expect(openedWith('https://wa.me/79161234567?text=Hi')).toBe('wa_me')
    expect(openedWith('whatsapp://send?phone=79161234567&text=Hi')).toBe('desktop_app')
    expect(openedWith('https://web.whatsapp.com/send?phone=79161234567&text=Hi')).toBe('web')
  })
})

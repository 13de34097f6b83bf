import { describe, expect, it } from 'vitest'
import { previewRequest } from './use-preview'
import { springSale as template } from './campaign-template.fixture'

const form = {
  text: 'Привет, {{first_name|друг}}! https://shop.example/sale',
  appendOptOut: true,
  optOutLine: 'Ответьте СТОП',
  utm: true,
  utmCampaign: 'vesna',
  listIds: [4],
  template: null,
}

describe('preview request', () => {
  it('asks nothing without a list or a message', () => {
    expect(previewRequest({ ...form, listIds: [] }, 3)).toBeNull()
    expect(previewRequest({ ...form, text: '  ' }, 3)).toBeNull()
  })

  it('asks for the text with its add-ons', () => {
    expect(previewRequest(form, 3)).toEqual({ ...form, limit: 3 })
  })

  it("asks for a template without the text's add-ons, so the UTM tag does not ask again", () => {
    const request = previewRequest({ ...form, template }, 3)
    expect(request).toMatchObject({ text: '', appendOptOut: false, utm: false, utmCampaign: '' })
    expect(previewRequest({ ...form, template, utmCampaign: 'other' }, 3)).toEqual(request)
    // A text not typed yet shows as its placeholder.
    expect(request?.template?.params['body:2']).toEqual({ kind: 'fixed', value: '{{2}}' })
  })
})

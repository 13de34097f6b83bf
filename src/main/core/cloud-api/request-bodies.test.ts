import { describe, expect, it } from 'vitest'
import type { CampaignTemplate } from '../../../shared/cloud-api'
import { callbackData, documentBody, imageBody, templateBody, textBody } from './request-bodies'

const positional: CampaignTemplate = {
  name: 'spring_sale',
  language: 'ru',
  category: 'MARKETING',
  parameterFormat: 'positional',
  header: 'Для {{1}}',
  body: 'Здравствуйте, {{1}}! Скидка {{2}}. {{10}}',
  footer: null,
  buttons: ['Stop promotions'],
  placeholders: [
    { component: 'header', key: '1' },
    { component: 'body', key: '10' },
    { component: 'body', key: '1' },
    { component: 'body', key: '2' },
  ],
  params: {},
}

describe('message bodies', () => {
  it('sends text to +E.164, with a link preview only when there is a link', () => {
    expect(textBody('79161111111', 'Привет')).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+79161111111',
      type: 'text',
      text: { preview_url: false, body: 'Привет' },
    })
    expect(textBody('+79161111111', 'Новинки: https://shop.example')).toMatchObject({
      to: '+79161111111',
      text: { preview_url: true },
    })
  })

  it('puts positional values in number order, header and body apart', () => {
    const body = templateBody('+79161111111', positional, {
      'header:1': 'Анны',
      'body:1': 'Анна',
      'body:2': '20%',
      'body:10': 'До встречи',
    })
    expect(body).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+79161111111',
      type: 'template',
      template: {
        name: 'spring_sale',
        language: { code: 'ru' },
        components: [
          { type: 'header', parameters: [{ type: 'text', text: 'Анны' }] },
          {
            type: 'body',
            parameters: [
              { type: 'text', text: 'Анна' },
              { type: 'text', text: '20%' },
              { type: 'text', text: 'До встречи' },
            ],
          },
        ],
      },
    })
  })

  it('names each value of a named template by its parameter_name', () => {
    const named: CampaignTemplate = {
      ...positional,
      name: 'order_ready',
      language: 'en_US',
      parameterFormat: 'named',
      header: null,
      body: 'Hi {{first_name}}, your order {{order_id}} is ready.',
      placeholders: [
        { component: 'body', key: 'first_name' },
        { component: 'body', key: 'order_id' },
      ],
    }
    expect(
      templateBody('+15550001111', named, { 'body:first_name': 'Ann', 'body:order_id': 'A-17' }),
    ).toMatchObject({
      template: {
        name: 'order_ready',
        language: { code: 'en_US' },
        components: [
          {
            type: 'body',
            parameters: [
              { type: 'text', parameter_name: 'first_name', text: 'Ann' },
              { type: 'text', parameter_name: 'order_id', text: 'A-17' },
            ],
          },
        ],
      },
    })
  })

  it('leaves out components for a template without placeholders', () => {
    const plain = { ...positional, header: null, body: 'Hello', placeholders: [] }
    expect(templateBody('+1555', plain, {})).toMatchObject({
      template: { name: 'spring_sale', language: { code: 'ru' } },
    })
    expect(templateBody('+1555', plain, {}).template as object).not.toHaveProperty('components')
  })

  it('sends an image and a document by link, with caption and file name', () => {
    expect(imageBody('+79161111111', 'https://shop.example/a.jpg', 'Новинки')).toMatchObject({
      type: 'image',
      image: { link: 'https://shop.example/a.jpg', caption: 'Новинки' },
    })
    expect(
      documentBody('+79161111111', 'https://shop.example/c.pdf', 'catalog.pdf', 'Каталог'),
    ).toMatchObject({
      type: 'document',
      document: { link: 'https://shop.example/c.pdf', filename: 'catalog.pdf', caption: 'Каталог' },
    })
    expect(imageBody('+7916', 'https://x/a.png')).toEqual({
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '+7916',
      type: 'image',
      image: { link: 'https://x/a.png' },
    })
  })

  it('stamps campaign and recipient, for Meta to echo in its status webhooks', () => {
    expect(callbackData(12, 345)).toBe('rupor:12:345')
  })
})

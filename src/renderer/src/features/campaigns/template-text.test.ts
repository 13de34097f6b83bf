import { describe, expect, it } from 'vitest'
import { previewParts, templateSegments } from './template-text'

describe('template segments', () => {
  it('cuts positional placeholders out of the text', () => {
    expect(templateSegments('Здравствуйте, {{1}}! Скидка {{2}}.')).toEqual([
      { kind: 'text', text: 'Здравствуйте, ' },
      { kind: 'placeholder', key: '1' },
      { kind: 'text', text: '! Скидка ' },
      { kind: 'placeholder', key: '2' },
      { kind: 'text', text: '.' },
    ])
  })

  it('reads named placeholders, spaces inside the braces included', () => {
    expect(templateSegments('{{first_name}}, order {{ order_id }}')).toEqual([
      { kind: 'placeholder', key: 'first_name' },
      { kind: 'text', text: ', order ' },
      { kind: 'placeholder', key: 'order_id' },
    ])
  })

  it('leaves text without placeholders, and stray braces, as they are', () => {
    expect(templateSegments('Hello {world} {{ }}')).toEqual([
      { kind: 'text', text: 'Hello {world} {{ }}' },
    ])
    expect(templateSegments('')).toEqual([])
  })
})

describe('preview parts', () => {
  const template = { header: 'Весенняя распродажа', footer: 'Нажмите «Stop promotions»' }

  it('finds the header and the footer around the filled-in body', () => {
    const text =
      'Весенняя распродажа\n\nЗдравствуйте, Анна!\n\nСкидка 20%.\n\nНажмите «Stop promotions»'
    expect(previewParts(text, template)).toEqual({
      header: 'Весенняя распродажа',
      body: 'Здравствуйте, Анна!\n\nСкидка 20%.',
      footer: 'Нажмите «Stop promotions»',
    })
  })

  it('leaves a template without header or footer as its body', () => {
    const text = 'Hi Jessica,\n\nyour order is ready.'
    expect(previewParts(text, { header: null, footer: null })).toEqual({
      header: null,
      body: text,
      footer: null,
    })
  })
})

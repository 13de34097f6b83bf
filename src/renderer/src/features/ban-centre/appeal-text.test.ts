import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import { appealText } from './appeal-text'

const i18n = testI18n()

describe('the appeal text', () => {
  it('names the shop and the number, and says the customers agreed and may opt out', () => {
    const text = appealText(i18n.t, { shopName: ' Цветы на Садовой ', phone: '+79160001122' })
    expect(text).toContain('«Цветы на Садовой»')
    expect(text).toContain('+7 916 000 11 22')
    expect(text).toMatch(/согласились получать/)
    expect(text).toMatch(/отписаться/)
    expect(text).not.toMatch(/\{\{/)
  })

  it('does without a shop name when the settings have none', () => {
    const text = appealText(i18n.t, { shopName: '', phone: '+79160001122' })
    expect(text).toContain('номер нашего магазина')
    expect(text).not.toContain('«')
  })

  it('speaks English when the UI does', () => {
    const en = i18n.getFixedT('en')
    const text = appealText(en, { shopName: 'Roses', phone: '+447700900123' })
    expect(text).toMatch(/^Hello! My number \+44 7700 900123 has been banned/)
    expect(text).toContain('“Roses”')
  })
})

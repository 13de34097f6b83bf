import { describe, expect, it } from 'vitest'
import { countryOfAddress, countryOfCell } from './country-of-row'

describe('countryOfCell', () => {
  it.each([
    ['Германия', 'DE'],
    ['Germany', 'DE'],
    ['DE', 'DE'],
    ['de', 'DE'],
    ['DEU', 'DE'],
    ['США', 'US'],
    ['USA', 'US'],
    ['United States', 'US'],
    ['Соединённые Штаты Америки', 'US'],
    ['Казахстан', 'KZ'],
    ['Republic of Kazakhstan', 'KZ'],
    ['KZ', 'KZ'],
    ['Беларусь', 'BY'],
    ['Белоруссия', 'BY'],
    ['Россия', 'RU'],
    ['РФ', 'RU'],
    ['Russian Federation', 'RU'],
    ['United Kingdom', 'GB'],
    ['Киргизия', 'KG'],
    ['Кыргызстан', 'KG'],
  ])('reads %j as %s', (cell, country) => {
    expect(countryOfCell(cell)).toBe(country)
  })

  it('knows nothing of what is no country', () => {
    for (const cell of ['', 'Москва', 'XX', 'нет', 'Опт'])
      expect(countryOfCell(cell), cell).toBe(undefined)
  })
})

describe('countryOfAddress', () => {
  it('finds the country an address names first or last', () => {
    expect(countryOfAddress('1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUSA')).toBe('US')
    expect(countryOfAddress('Alexanderplatz 1\n10178 Berlin\nDeutschland')).toBe('DE')
    expect(countryOfAddress('Казахстан, 050000, Алматы, пр. Абая, 10')).toBe('KZ')
    expect(countryOfAddress('Россия, 123456, Москва, ул. Ленина, д. 1')).toBe('RU')
  })

  it('reads no two-letter code in an address, nor a country inside a street name', () => {
    expect(countryOfAddress('1 Main St, Springfield, CA')).toBe(undefined)
    expect(countryOfAddress('Москва, ул. Германа Титова, 5')).toBe(undefined)
  })
})

import { getCountries } from 'libphonenumber-js/max'
import type { PhoneCountry } from '../phone/normalize-phone'
import { foldHeader } from './guess-mapping'

// Spellings Intl.DisplayNames does not give ("Соединенные Штаты", "United States" and "США" it
// does), folded as foldHeader folds them, and ISO 3166 alpha-3 codes of the countries a shop in
// the CIS meets most.
const aliases: Record<string, PhoneCountry> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states of america': 'US',
  america: 'US',
  америка: 'US',
  'соединенные штаты америки': 'US',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  англия: 'GB',
  gbr: 'GB',
  'российская федерация': 'RU',
  'russian federation': 'RU',
  рф: 'RU',
  rus: 'RU',
  белоруссия: 'BY',
  'республика беларусь': 'BY',
  'republic of belarus': 'BY',
  blr: 'BY',
  'республика казахстан': 'KZ',
  'republic of kazakhstan': 'KZ',
  kaz: 'KZ',
  deutschland: 'DE',
  фрг: 'DE',
  deu: 'DE',
  украина: 'UA',
  україна: 'UA',
  ukr: 'UA',
  узбекистан: 'UZ',
  uzb: 'UZ',
  кыргызстан: 'KG',
  kirghizia: 'KG',
  kgz: 'KG',
  armenia: 'AM',
  arm: 'AM',
  georgia: 'GE',
  geo: 'GE',
  aze: 'AZ',
  молдавия: 'MD',
  mda: 'MD',
  tjk: 'TJ',
  турция: 'TR',
  turkey: 'TR',
  tur: 'TR',
  голландия: 'NL',
  holland: 'NL',
  'czech republic': 'CZ',
  чехия: 'CZ',
  'южная корея': 'KR',
  korea: 'KR',
  uae: 'AE',
  оаэ: 'AE',
  fra: 'FR',
  ita: 'IT',
  esp: 'ES',
  pol: 'PL',
  isr: 'IL',
  chn: 'CN',
}

let names: Map<string, PhoneCountry> | undefined
/** Every country's name in Russian and English, long and short, folded → its code. */
function countryNames(): Map<string, PhoneCountry> {
  if (!names) {
    const built = new Map<string, PhoneCountry>()
    const displays = ['ru', 'en'].flatMap((language) =>
      (['long', 'short'] as const).map(
        (style) => new Intl.DisplayNames([language], { type: 'region', style }),
      ),
    )
    for (const country of getCountries()) {
      for (const display of displays) {
        const name = display.of(country)
        // Short English names of a few are the code itself ("US"): codes are read apart.
        if (name && name !== country) built.set(foldHeader(name), country)
      }
    }
    for (const [alias, country] of Object.entries(aliases)) built.set(alias, country)
    names = built
  }
  return names
}

const known = new Set<string>(getCountries())

/** A country column's cell → the country: a name in Russian or English, or an ISO code. */
export function countryOfCell(cell: string): PhoneCountry | undefined {
  const value = cell.trim()
  if (/^[A-Za-z]{2}$/.test(value) && known.has(value.toUpperCase())) {
    return value.toUpperCase() as PhoneCountry
  }
  return countryNames().get(foldHeader(value)) ?? countryOfAddress(value)
}

/**
 * An address → the country it names first or last ("Россия, 123456, Москва, …",
 * "…\nBerlin\nGermany"). Two-letter codes are not read here: "Mountain View, CA" is not Canada.
 */
export function countryOfAddress(address: string): PhoneCountry | undefined {
  const parts = address
    .split(/[\n,;]/)
    .map((part) =>
      foldHeader(part)
        .replace(/(?:^|\s)\d+(?=\s|$)/g, ' ')
        .trim(),
    )
    .filter((part) => part !== '')
  const ends = parts.length > 1 ? [parts[parts.length - 1], parts[0]] : parts
  for (const part of ends) {
    const country = part === undefined ? undefined : countryNames().get(part)
    if (country) return country
  }
  return undefined
}

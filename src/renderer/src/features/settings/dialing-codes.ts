import type { CountryCode } from '../../../../shared/settings'

/** Shown next to each country so the owner recognises the code their customers' numbers use. */
export const dialingCodes: Record<CountryCode, string> = {
  RU: '+7',
  KZ: '+7',
  BY: '+375',
  UA: '+380',
  UZ: '+998',
  KG: '+996',
  AM: '+374',
  GE: '+995',
  AZ: '+994',
  MD: '+373',
  TJ: '+992',
  DE: '+49',
  GB: '+44',
  US: '+1',
}

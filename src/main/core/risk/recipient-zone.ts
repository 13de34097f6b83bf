// Where a recipient probably lives, in time: the meter warns when the sending window reaches
// into their night. A number tells its country, not its city, so this is a best guess.
import { parsePhoneNumberFromString } from 'libphonenumber-js'

/** Countries that keep one time zone (or nearly: the capital's zone stands for all). */
const singleZoneCountries: Readonly<Record<string, string>> = {
  // CIS and neighbours
  BY: 'Europe/Minsk',
  UA: 'Europe/Kyiv',
  KZ: 'Asia/Almaty',
  UZ: 'Asia/Tashkent',
  KG: 'Asia/Bishkek',
  TJ: 'Asia/Dushanbe',
  TM: 'Asia/Ashgabat',
  AM: 'Asia/Yerevan',
  GE: 'Asia/Tbilisi',
  AZ: 'Asia/Baku',
  MD: 'Europe/Chisinau',
  // Europe
  DE: 'Europe/Berlin',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  ES: 'Europe/Madrid',
  PT: 'Europe/Lisbon',
  NL: 'Europe/Amsterdam',
  BE: 'Europe/Brussels',
  LU: 'Europe/Luxembourg',
  CH: 'Europe/Zurich',
  AT: 'Europe/Vienna',
  PL: 'Europe/Warsaw',
  CZ: 'Europe/Prague',
  SK: 'Europe/Bratislava',
  HU: 'Europe/Budapest',
  SI: 'Europe/Ljubljana',
  HR: 'Europe/Zagreb',
  RS: 'Europe/Belgrade',
  ME: 'Europe/Podgorica',
  BA: 'Europe/Sarajevo',
  MK: 'Europe/Skopje',
  AL: 'Europe/Tirane',
  BG: 'Europe/Sofia',
  RO: 'Europe/Bucharest',
  GR: 'Europe/Athens',
  CY: 'Asia/Nicosia',
  MT: 'Europe/Malta',
  DK: 'Europe/Copenhagen',
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  FI: 'Europe/Helsinki',
  EE: 'Europe/Tallinn',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  IS: 'Atlantic/Reykjavik',
  // Middle East, Asia, Africa, Latin America
  TR: 'Europe/Istanbul',
  IL: 'Asia/Jerusalem',
  AE: 'Asia/Dubai',
  SA: 'Asia/Riyadh',
  QA: 'Asia/Qatar',
  EG: 'Africa/Cairo',
  IR: 'Asia/Tehran',
  IN: 'Asia/Kolkata',
  PK: 'Asia/Karachi',
  CN: 'Asia/Shanghai',
  HK: 'Asia/Hong_Kong',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  TH: 'Asia/Bangkok',
  VN: 'Asia/Ho_Chi_Minh',
  SG: 'Asia/Singapore',
  MY: 'Asia/Kuala_Lumpur',
  PH: 'Asia/Manila',
  NG: 'Africa/Lagos',
  ZA: 'Africa/Johannesburg',
  KE: 'Africa/Nairobi',
  AR: 'America/Argentina/Buenos_Aires',
  CO: 'America/Bogota',
  PE: 'America/Lima',
}

interface MultiZoneCountry {
  /** The capital's zone: the best guess when the sender lives elsewhere. */
  capital: string
  /** The country's zones (exact names), or prefixes ending in "/". */
  zones: readonly string[]
}

/** Countries spanning several zones: a shop there mostly writes to its own region. */
const multiZoneCountries: Readonly<Record<string, MultiZoneCountry>> = {
  RU: {
    capital: 'Europe/Moscow',
    zones: [
      'Europe/Moscow',
      'Europe/Kaliningrad',
      'Europe/Samara',
      'Europe/Volgograd',
      'Europe/Saratov',
      'Europe/Ulyanovsk',
      'Europe/Astrakhan',
      'Europe/Kirov',
      'Asia/Yekaterinburg',
      'Asia/Omsk',
      'Asia/Novosibirsk',
      'Asia/Barnaul',
      'Asia/Tomsk',
      'Asia/Novokuznetsk',
      'Asia/Krasnoyarsk',
      'Asia/Irkutsk',
      'Asia/Chita',
      'Asia/Yakutsk',
      'Asia/Khandyga',
      'Asia/Vladivostok',
      'Asia/Ust-Nera',
      'Asia/Magadan',
      'Asia/Sakhalin',
      'Asia/Srednekolymsk',
      'Asia/Kamchatka',
      'Asia/Anadyr',
    ],
  },
  US: {
    capital: 'America/New_York',
    zones: [
      'America/New_York',
      'America/Chicago',
      'America/Denver',
      'America/Phoenix',
      'America/Los_Angeles',
      'America/Anchorage',
      'America/Adak',
      'America/Boise',
      'America/Detroit',
      'America/Juneau',
      'America/Sitka',
      'America/Nome',
      'America/Yakutat',
      'America/Metlakatla',
      'America/Menominee',
      'America/Indiana/',
      'America/Kentucky/',
      'America/North_Dakota/',
      'Pacific/Honolulu',
      'US/',
    ],
  },
  CA: {
    capital: 'America/Toronto',
    zones: [
      'America/Toronto',
      'America/Vancouver',
      'America/Edmonton',
      'America/Winnipeg',
      'America/Regina',
      'America/Halifax',
      'America/St_Johns',
      'America/Moncton',
      'America/Glace_Bay',
      'America/Goose_Bay',
      'America/Whitehorse',
      'America/Dawson',
      'America/Dawson_Creek',
      'America/Fort_Nelson',
      'America/Creston',
      'America/Cambridge_Bay',
      'America/Inuvik',
      'America/Iqaluit',
      'America/Rankin_Inlet',
      'America/Resolute',
      'America/Swift_Current',
      'America/Atikokan',
      'America/Blanc-Sablon',
      'Canada/',
    ],
  },
  BR: {
    capital: 'America/Sao_Paulo',
    zones: [
      'America/Sao_Paulo',
      'America/Bahia',
      'America/Fortaleza',
      'America/Recife',
      'America/Maceio',
      'America/Belem',
      'America/Araguaina',
      'America/Santarem',
      'America/Manaus',
      'America/Cuiaba',
      'America/Campo_Grande',
      'America/Porto_Velho',
      'America/Boa_Vista',
      'America/Rio_Branco',
      'America/Eirunepe',
      'America/Noronha',
      'Brazil/',
    ],
  },
  AU: { capital: 'Australia/Sydney', zones: ['Australia/'] },
  MX: {
    capital: 'America/Mexico_City',
    zones: [
      'America/Mexico_City',
      'America/Cancun',
      'America/Merida',
      'America/Monterrey',
      'America/Matamoros',
      'America/Chihuahua',
      'America/Ciudad_Juarez',
      'America/Ojinaga',
      'America/Mazatlan',
      'America/Bahia_Banderas',
      'America/Hermosillo',
      'America/Tijuana',
      'Mexico/',
    ],
  },
  ID: {
    capital: 'Asia/Jakarta',
    zones: ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'],
  },
}

const inCountry = (zone: string, country: MultiZoneCountry): boolean =>
  country.zones.some((z) => (z.endsWith('/') ? zone.startsWith(z) : zone === z))

/**
 * The recipient's IANA time zone, guessed from their number's country. A multi-zone country
 * gives the sender's own zone when the sender is in it (a shop in Novosibirsk writes to
 * Novosibirsk), else its capital's; a country Rupor does not know gives the sender's zone.
 */
export function zoneOfNumber(e164: string, senderZone: string): string {
  const country = parsePhoneNumberFromString(e164)?.country
  if (country === undefined) return senderZone
  const single = singleZoneCountries[country]
  if (single !== undefined) return single
  const multi = multiZoneCountries[country]
  if (multi === undefined) return senderZone
  return inCountry(senderZone, multi) ? senderZone : multi.capital
}

/** Every zone this module can return on its own (for a test that they all exist). */
export const knownZones: readonly string[] = [
  ...Object.values(singleZoneCountries),
  ...Object.values(multiZoneCountries).map((c) => c.capital),
]

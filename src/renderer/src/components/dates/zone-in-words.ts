// A time zone as the owner reads it: «Москва, GMT+3» / "Moscow, GMT+3" instead of
// "Europe/Moscow (GMT+3)". The offset comes from Intl at the given moment (it follows summer
// time); the city from a table. ICU has no city name to ask for: its "generic" zone names are a
// country for some zones ("Германия", "Germany Time") and an abbreviation for others ("ET"), and
// they differ between Node's and Chromium's ICU, so the zones shops use are named here, and any
// other by the last part of its id ("America/Sao_Paulo" → "Sao Paulo").

type Words = { ru: string; en: string }

/** Russia west to east, then the neighbours, then the world's zones the sender dialog offers. */
// prettier-ignore
const cities: Record<string, Words> = {
  'Europe/Kaliningrad': { ru: 'Калининград', en: 'Kaliningrad' },
  'Europe/Moscow': { ru: 'Москва', en: 'Moscow' },
  'Europe/Simferopol': { ru: 'Симферополь', en: 'Simferopol' },
  'Europe/Kirov': { ru: 'Киров', en: 'Kirov' },
  'Europe/Volgograd': { ru: 'Волгоград', en: 'Volgograd' },
  'Europe/Astrakhan': { ru: 'Астрахань', en: 'Astrakhan' },
  'Europe/Saratov': { ru: 'Саратов', en: 'Saratov' },
  'Europe/Ulyanovsk': { ru: 'Ульяновск', en: 'Ulyanovsk' },
  'Europe/Samara': { ru: 'Самара', en: 'Samara' },
  'Asia/Yekaterinburg': { ru: 'Екатеринбург', en: 'Yekaterinburg' },
  'Asia/Omsk': { ru: 'Омск', en: 'Omsk' },
  'Asia/Novosibirsk': { ru: 'Новосибирск', en: 'Novosibirsk' },
  'Asia/Barnaul': { ru: 'Барнаул', en: 'Barnaul' },
  'Asia/Tomsk': { ru: 'Томск', en: 'Tomsk' },
  'Asia/Novokuznetsk': { ru: 'Новокузнецк', en: 'Novokuznetsk' },
  'Asia/Krasnoyarsk': { ru: 'Красноярск', en: 'Krasnoyarsk' },
  'Asia/Irkutsk': { ru: 'Иркутск', en: 'Irkutsk' },
  'Asia/Chita': { ru: 'Чита', en: 'Chita' },
  'Asia/Yakutsk': { ru: 'Якутск', en: 'Yakutsk' },
  'Asia/Khandyga': { ru: 'Хандыга', en: 'Khandyga' },
  'Asia/Vladivostok': { ru: 'Владивосток', en: 'Vladivostok' },
  'Asia/Ust-Nera': { ru: 'Усть-Нера', en: 'Ust-Nera' },
  'Asia/Sakhalin': { ru: 'Южно-Сахалинск', en: 'Yuzhno-Sakhalinsk' },
  'Asia/Magadan': { ru: 'Магадан', en: 'Magadan' },
  'Asia/Srednekolymsk': { ru: 'Среднеколымск', en: 'Srednekolymsk' },
  'Asia/Kamchatka': { ru: 'Петропавловск-Камчатский', en: 'Petropavlovsk-Kamchatsky' },
  'Asia/Anadyr': { ru: 'Анадырь', en: 'Anadyr' },
  'Europe/Minsk': { ru: 'Минск', en: 'Minsk' },
  'Europe/Kyiv': { ru: 'Киев', en: 'Kyiv' },
  'Europe/Kiev': { ru: 'Киев', en: 'Kyiv' },
  'Europe/Chisinau': { ru: 'Кишинёв', en: 'Chisinau' },
  'Asia/Tbilisi': { ru: 'Тбилиси', en: 'Tbilisi' },
  'Asia/Yerevan': { ru: 'Ереван', en: 'Yerevan' },
  'Asia/Baku': { ru: 'Баку', en: 'Baku' },
  'Asia/Almaty': { ru: 'Алматы', en: 'Almaty' },
  'Asia/Qostanay': { ru: 'Костанай', en: 'Kostanay' },
  'Asia/Aqtobe': { ru: 'Актобе', en: 'Aktobe' },
  'Asia/Aqtau': { ru: 'Актау', en: 'Aktau' },
  'Asia/Atyrau': { ru: 'Атырау', en: 'Atyrau' },
  'Asia/Oral': { ru: 'Уральск', en: 'Oral' },
  'Asia/Qyzylorda': { ru: 'Кызылорда', en: 'Kyzylorda' },
  'Asia/Tashkent': { ru: 'Ташкент', en: 'Tashkent' },
  'Asia/Samarkand': { ru: 'Самарканд', en: 'Samarkand' },
  'Asia/Bishkek': { ru: 'Бишкек', en: 'Bishkek' },
  'Asia/Dushanbe': { ru: 'Душанбе', en: 'Dushanbe' },
  'Asia/Ashgabat': { ru: 'Ашхабад', en: 'Ashgabat' },
  'Europe/Berlin': { ru: 'Берлин', en: 'Berlin' },
  'Europe/London': { ru: 'Лондон', en: 'London' },
  'America/New_York': { ru: 'Нью-Йорк', en: 'New York' },
  'America/Chicago': { ru: 'Чикаго', en: 'Chicago' },
  'America/Los_Angeles': { ru: 'Лос-Анджелес', en: 'Los Angeles' },
}

/** Universal time has no city: it is named by its own name. */
const universal = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT', 'Etc/Universal', 'Universal'])

/** "GMT+3" for the zone at that moment; null for a zone Intl does not know. */
export function zoneOffsetAt(zone: string, at: Date | number): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en', {
      timeZone: zone,
      timeZoneName: 'shortOffset',
    }).formatToParts(at)
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? null
  } catch {
    return null
  }
}

/** The zone's city in the language: from the table, else the id's last part, spaces for "_". */
export function zoneCity(zone: string, language: string): string {
  const known = cities[zone]
  if (known !== undefined) return language.startsWith('ru') ? known.ru : known.en
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ')
}

/**
 * «Москва, GMT+3» / "Moscow, GMT+3" at that moment; "UTC" for universal time, "GMT-5" for
 * "Etc/GMT+5"; an unknown zone
 * as its id reads ("Mars/Olympus_Mons" → "Mars/Olympus Mons").
 */
export function zoneInWords(zone: string, at: Date | number, language: string): string {
  if (universal.has(zone)) return 'UTC'
  const offset = zoneOffsetAt(zone, at)
  if (offset === null) return zone.replace(/_/g, ' ')
  // "Etc/GMT+5" is five hours behind (POSIX signs): its offset says it the right way round.
  if (zone.startsWith('Etc/')) return offset
  return `${zoneCity(zone, language)}, ${offset === 'GMT' ? 'GMT+0' : offset}`
}

/** Whether a zone choice answers what was typed: its words or its id ("moscow", "Europe/Mos"). */
export function zoneMatches(zone: string, words: string, search: string): boolean {
  const wanted = search.trim().toLocaleLowerCase()
  if (wanted === '') return true
  return [words, zone, zone.replace(/_/g, ' ')].some((text) =>
    text.toLocaleLowerCase().includes(wanted),
  )
}

// Builds a Google Contacts export of N people with the spellings real phone books have: Russian,
// Kazakh, Belarusian and Ukrainian numbers written every which way, ~5% people listed twice under
// another spelling, ~2% numbers that cannot be right. Deterministic for a given seed.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const firstNames = [
  'Анна',
  'Иван',
  'Мария',
  'Сергей',
  'Ольга',
  'Дмитрий',
  'Елена',
  'Алексей',
  'Айгерим',
  'Нурлан',
  'Алесь',
  'Тарас',
  'Оксана',
  'Пётр',
  'Наталья',
  'Юлия',
  'Артём',
  'Ксения',
  'Жанна',
  'Бахыт',
]
const lastNames = [
  'Иванов',
  'Петрова',
  'Смирнов',
  'Кузнецова',
  'Попов',
  'Соколова',
  'Лебедев',
  'Козлова',
  'Новиков',
  'Морозова',
  'Сулейменов',
  'Ахметова',
  'Коваленко',
  'Шевченко',
  'Бондаренко',
  'Лукашевич',
  'Ковальчук',
  'Волков',
  'Фёдорова',
  'Михайлов',
]
const labels = ['Клиенты', 'VIP', 'Опт', 'Розница', 'Свадьбы', 'Корпоративные']

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

type Country = 'RU' | 'KZ' | 'BY' | 'UA'
interface Person {
  first: string
  last: string
  country: Country
  digits: string // national significant number
}

/** One person's number, spelled one of the ways people write it. */
function spell(person: Person, variant: number): string {
  const d = person.digits
  const code = { RU: '7', KZ: '7', BY: '375', UA: '380' }[person.country]
  const trunk = { RU: '8', KZ: '8', BY: '8 0', UA: '0' }[person.country]
  const g = (s: string, ...cuts: number[]) => {
    const parts: string[] = []
    let at = 0
    for (const cut of cuts) {
      parts.push(s.slice(at, at + cut))
      at += cut
    }
    parts.push(s.slice(at))
    return parts.filter(Boolean)
  }
  switch (variant % 6) {
    case 0:
      return `+${code}${d}`
    case 1:
      return `+${code} (${d.slice(0, 3)}) ${g(d.slice(3), 3, 2).join('-')}`
    case 2:
      return `${trunk} ${d.slice(0, 3)} ${g(d.slice(3), 3, 2).join('-')}`
    case 3:
      return person.country === 'RU' ? d : `+${code} ${d}`
    case 4:
      return `${code} ${g(d, 3, 3, 2).join(' ')}`
    default:
      return `+${code}-${g(d, 2, 3, 2).join('-')}`
  }
}

function makePerson(next: () => number): Person {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  const roll = next()
  const country: Country = roll < 0.7 ? 'RU' : roll < 0.82 ? 'KZ' : roll < 0.91 ? 'BY' : 'UA'
  const tail = () => String(Math.floor(next() * 1e7)).padStart(7, '0')
  const digits =
    country === 'RU'
      ? `9${pick(['16', '26', '03', '05', '15', '85', '99'])}${tail()}`
      : country === 'KZ'
        ? `7${pick(['01', '05', '07', '47', '77'])}${tail()}`
        : country === 'BY'
          ? `${pick(['29', '33', '44', '25'])}${tail()}`
          : `${pick(['50', '66', '67', '97', '93'])}${tail()}`
  return { first: pick(firstNames), last: pick(lastNames), country, digits }
}

const header = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Phone 2 - Label',
  'Phone 2 - Value',
  'Notes',
]
const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

export async function writeGoogleCsv(path: string, rows: number, seed = 42): Promise<void> {
  const next = random(seed)
  const out = createWriteStream(path)
  const recent: Person[] = []
  out.write(`${header.join(',')}\n`)
  for (let i = 0; i < rows; i++) {
    const duplicate = recent.length > 0 && next() < 0.05
    const person = duplicate
      ? (recent[Math.floor(next() * recent.length)] as Person)
      : makePerson(next)
    if (!duplicate) {
      recent.push(person)
      if (recent.length > 500) recent.shift()
    }
    const bad = next() < 0.02
    const phone = bad
      ? `+7 916 ${Math.floor(next() * 1000)}`
      : spell(person, Math.floor(next() * 6) + (duplicate ? 1 : 0))
    const second =
      next() < 0.15 ? `+7 495 ${String(Math.floor(next() * 1e7)).padStart(7, '0')}` : ''
    const line = [
      person.first,
      '',
      person.last,
      `* myContacts ::: ${labels[Math.floor(next() * labels.length)] ?? ''}`,
      '* Other',
      next() < 0.3 ? `client${String(i)}@example.ru` : '',
      'Mobile',
      phone,
      second ? 'Work' : '',
      second,
      next() < 0.05 ? 'Любит розы,\nзвонить после 18:00' : '',
    ]
    if (!out.write(`${line.map(quote).join(',')}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}

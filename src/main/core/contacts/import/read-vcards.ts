import iconv from 'iconv-lite'
import type { FileRecord } from './read-records'

/**
 * vCard files become a table with these columns, so that mapping, preview and the report work
 * the same as for CSV. Mobile numbers get their own column: it is preferred for broadcasts.
 */
export const vcardHeaders = [
  'Full name',
  'First name',
  'Middle name',
  'Last name',
  'Mobile phone',
  'Other phone',
  'E-mail',
  'Categories',
  'Note',
] as const

interface Card {
  line: number
  fullName: string
  name: string[]
  mobile: string[]
  other: string[]
  email: string
  categories: string[]
  note: string
}

/** Reads vCard 2.1 (Android, quoted-printable), 3.0 and 4.0 (iPhone, macOS) from decoded text. */
export async function* readVcards(text: AsyncIterable<string>): AsyncGenerator<FileRecord> {
  yield { line: 0, cells: [...vcardHeaders] }
  let card: Card | undefined
  for await (const { line, content } of unfoldedLines(text)) {
    const property = parseProperty(content)
    if (!property) continue
    if (property.name === 'BEGIN' && /^vcard$/i.test(property.value)) {
      card = {
        line,
        fullName: '',
        name: [],
        mobile: [],
        other: [],
        email: '',
        categories: [],
        note: '',
      }
    } else if (property.name === 'END' && card) {
      yield { line: card.line, cells: cellsOf(card) }
      card = undefined
    } else if (card) {
      addProperty(card, property)
    }
  }
  if (card) yield { line: card.line, cells: cellsOf(card) } // a last card without END is kept
}

function cellsOf(card: Card): string[] {
  const [last = '', first = '', middle = ''] = card.name
  return [
    card.fullName,
    first,
    middle,
    last,
    card.mobile.join(' ::: '),
    card.other.join(' ::: '),
    card.email,
    card.categories.join(', '),
    card.note,
  ]
}

interface Property {
  name: string
  params: string[]
  value: string
}

function addProperty(card: Card, { name, params, value }: Property): void {
  switch (name) {
    case 'FN':
      card.fullName = unescape(value)
      break
    case 'N':
      card.name = splitUnescaped(value, ';').map(unescape)
      break
    case 'TEL': {
      const number = value.replace(/^tel:/i, '').trim()
      if (number === '') break
      const types = params.join(';').toLowerCase()
      const list = /\b(cell|mobile|iphone)\b/.test(types) ? card.mobile : card.other
      list.push(number)
      break
    }
    case 'EMAIL':
      card.email ||= unescape(value)
      break
    case 'CATEGORIES':
      card.categories.push(...splitUnescaped(value, ',').map(unescape))
      break
    case 'NOTE':
      card.note = card.note ? `${card.note}\n${unescape(value)}` : unescape(value)
      break
  }
}

/** `item1.TEL;TYPE=CELL;ENCODING=QUOTED-PRINTABLE:value` → name, params, decoded value. */
function parseProperty(content: string): Property | undefined {
  const colon = content.indexOf(':')
  if (colon <= 0) return undefined
  const [rawName = '', ...params] = content.slice(0, colon).split(';')
  const name = rawName.replace(/^.*\./, '').toUpperCase()
  let value = content.slice(colon + 1)
  const paramText = params.join(';').toUpperCase()
  if (/QUOTED-PRINTABLE/.test(paramText)) {
    const charset = /CHARSET=([^;:]+)/.exec(paramText)?.[1] ?? 'UTF-8'
    value = decodeQuotedPrintable(value, iconv.encodingExists(charset) ? charset : 'UTF-8')
  }
  return { name, params, value }
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const hex = value.slice(i + 1, i + 3)
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else {
      bytes.push(...Buffer.from(value[i] ?? '', 'utf8'))
    }
  }
  return iconv.decode(Buffer.from(bytes), charset)
}

/** Joins folded lines: a leading space continues (3.0/4.0), a trailing "=" does in quoted-printable. */
async function* unfoldedLines(
  text: AsyncIterable<string>,
): AsyncGenerator<{ line: number; content: string }> {
  let pending = ''
  let number = 0
  let current: { line: number; content: string } | undefined
  let softBreak = false
  const take = function* (physical: string) {
    number++
    if (current && (softBreak || /^[ \t]/.test(physical))) {
      current.content += softBreak ? physical : physical.slice(1)
    } else {
      if (current) yield current
      current = { line: number, content: physical }
    }
    softBreak =
      /QUOTED-PRINTABLE/i.test(current.content.split(':', 1)[0] ?? '') &&
      current.content.endsWith('=')
    if (softBreak) current.content = current.content.slice(0, -1)
  }
  for await (const piece of text) {
    pending += piece
    const lines = pending.split(/\r\n|\n|\r(?!$)/) // a CR at the end may be half of a CR LF
    pending = lines.pop() ?? ''
    for (const physical of lines) yield* take(physical)
  }
  if (pending !== '') yield* take(pending.replace(/\r$/, ''))
  if (current) yield current
}

function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = []
  let part = ''
  for (let i = 0; i < value.length; i++) {
    const char = value[i]
    if (char === '\\' && i + 1 < value.length) {
      part += `\\${value[i + 1] ?? ''}`
      i++
    } else if (char === separator) {
      parts.push(part)
      part = ''
    } else {
      part += char ?? ''
    }
  }
  parts.push(part)
  return parts
}

function unescape(value: string): string {
  return value
    .replace(/\\([nN,;\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
    .trim()
}

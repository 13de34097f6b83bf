import { phonePriority } from './guess-mapping'
import type { FileRecord } from './read-records'
import { isFaxOrPagerType, isMobileType, vcardPhoneLabel } from './vcard-phone-label'
import { decodeValue, splitUnescaped, unescape, type VcardInput } from './vcard-values'

/**
 * vCard files become a table with these columns, so that mapping, preview and the report work
 * the same as for CSV. Mobile numbers get their own column: it is preferred for broadcasts. Each
 * phone column has a label column next to it, one label per number joined by " ::: " as Google
 * joins them, so that every number keeps its own label ("Mobile", "Work Fax", "Рабочий").
 */
export const vcardHeaders = [
  'Full name',
  'First name',
  'Middle name',
  'Last name',
  'Mobile phone',
  'Mobile phone - Label',
  'Other phone',
  'Other phone - Label',
  'E-mail',
  'Categories',
  'Note',
] as const

interface Tel {
  number: string
  /** TYPE values as written: HOME, CELL, FAX, PREF… */
  types: string[]
  /** `item1` of `item1.TEL`, lower case: its X-ABLabel names it. */
  group: string
}

interface Card {
  line: number
  fullName: string
  name: string[]
  tels: Tel[]
  /** `item1` → "Рабочий", from `item1.X-ABLabel`. */
  groupLabels: Map<string, string>
  email: string
  categories: string[]
  note: string
}

/**
 * Reads vCard 2.1 (Android, Outlook: quoted-printable, CHARSET, bare parameters), 3.0 (iPhone,
 * Gmail) and 4.0 (macOS: tel: URIs) a line at a time, so a file of 100 000 cards never sits in
 * memory; photos and other properties the import does not use are skipped as they stream past.
 * `file` is the file's bytes (`input` bytes), or its text already decoded (`input` text).
 */
export async function* readVcards(
  file: AsyncIterable<string | Buffer>,
  input: VcardInput = { kind: 'text' },
): AsyncGenerator<FileRecord> {
  yield { line: 0, cells: [...vcardHeaders] }
  let card: Card | undefined
  for await (const { line, content } of unfoldedLines(utf8Bytes(file))) {
    const property = parseProperty(content, input)
    if (!property) continue
    if (property.name === 'BEGIN' && /^vcard$/i.test(property.value.trim())) {
      card = {
        line,
        fullName: '',
        name: [],
        tels: [],
        groupLabels: new Map(),
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
  const mobile: { number: string; label: string }[] = []
  const other: { number: string; label: string }[] = []
  // The preferred number first: within a priority, the row's order decides the primary one.
  const tels = [...card.tels].sort((a, b) => Number(isPreferred(b)) - Number(isPreferred(a)))
  for (const tel of tels) {
    const label = vcardPhoneLabel(tel.types, card.groupLabels.get(tel.group))
    // Faxes and pagers go with their label, which says what they are: the import skips them.
    const isMobile =
      !isFaxOrPagerType(tel.types) && (isMobileType(tel.types) || phonePriority(label) === 0)
    ;(isMobile ? mobile : other).push({ number: tel.number, label })
  }
  const joined = (list: typeof mobile, key: 'number' | 'label') =>
    list.map((tel) => tel[key]).join(' ::: ')
  return [
    card.fullName,
    first,
    middle,
    last,
    joined(mobile, 'number'),
    joined(mobile, 'label'),
    joined(other, 'number'),
    joined(other, 'label'),
    card.email,
    card.categories.join(', '),
    card.note,
  ]
}

const isPreferred = (tel: Tel): boolean => tel.types.some((type) => /^PREF$/i.test(type))

interface Property {
  group: string
  name: string
  types: string[]
  /** Decoded by its charset and encoding; vCard escapes still in place. */
  value: string
}

function addProperty(card: Card, { group, name, types, value }: Property): void {
  switch (name) {
    case 'FN':
      card.fullName = unescape(value)
      break
    case 'N':
      card.name = splitUnescaped(value, ';').map(unescape)
      break
    case 'TEL': {
      // vCard 4.0: `tel:+7-495-123-45-67;ext=102`; the extension stays with the number.
      const number = unescape(value.replace(/^\s*tel:/i, '')).replace(/\s*\n\s*/g, ' ')
      if (number !== '') card.tels.push({ number, types, group })
      break
    }
    case 'X-ABLABEL':
      if (group !== '') card.groupLabels.set(group, unescape(value))
      break
    case 'EMAIL':
      card.email ||= unescape(value)
      break
    case 'CATEGORIES':
      card.categories.push(
        ...splitUnescaped(value, ',')
          .map(unescape)
          .filter((category) => category !== '' && !googleSystemGroup.test(category)),
      )
      break
    case 'NOTE': {
      const note = unescape(value)
      if (note !== '') card.note = card.note ? `${card.note}\n${note}` : note
      break
    }
  }
}

/** Google's own groups in its vCard export, not the owner's labels. */
const googleSystemGroup = /^(?:myContacts|starred)$/i

/** The properties the import uses; the others (PHOTO, ADR, X-…) are skipped unread. */
const keptProperties = new Set([
  'BEGIN',
  'END',
  'FN',
  'N',
  'TEL',
  'X-ABLABEL',
  'EMAIL',
  'CATEGORIES',
  'NOTE',
])

/** `ITEM1.TEL;…` → "TEL": the name of a property from the start of its line. */
function nameOf(content: string): string {
  const end = content.search(/[;:]/)
  const name = end === -1 ? content : content.slice(0, end)
  return name
    .slice(name.indexOf('.') + 1)
    .trim()
    .toUpperCase()
}

/**
 * `item1.TEL;TYPE="cell,voice";CHARSET=WINDOWS-1251:value` → group, name, types and the value
 * decoded by its own charset and encoding.
 */
function parseProperty(content: string, input: VcardInput): Property | undefined {
  const colon = colonOf(content)
  if (colon <= 0) return undefined
  const [fullName = '', ...params] = splitParams(content.slice(0, colon))
  const dot = fullName.indexOf('.')
  const group = dot === -1 ? '' : fullName.slice(0, dot).trim().toLowerCase()
  const name = fullName
    .slice(dot + 1)
    .trim()
    .toUpperCase()
  const types: string[] = []
  let charset: string | undefined
  let quotedPrintable = false
  for (const param of params) {
    const equals = param.indexOf('=')
    const key = (equals === -1 ? '' : param.slice(0, equals)).trim().toUpperCase()
    const value = (equals === -1 ? param : param.slice(equals + 1)).trim().replace(/^"|"$/g, '')
    if (key === 'CHARSET') charset = value.toUpperCase()
    else if (
      key === 'ENCODING' ||
      (key === '' && /^(?:QUOTED-PRINTABLE|BASE64|B|8BIT)$/i.test(value))
    ) {
      quotedPrintable ||= /^QUOTED-PRINTABLE$/i.test(value)
    } else if (key === 'TYPE' || key === '') {
      for (const type of value.split(',')) if (type.trim() !== '') types.push(type.trim())
    } else if (key === 'PREF') {
      types.push('PREF') // vCard 4.0: PREF=1
    }
  }
  const value = decodeValue(content.slice(colon + 1), { charset, quotedPrintable }, input)
  // A 2.1 label may be a bare `X-Склад`, in the property's charset like its value.
  const decodedTypes = types.map((type) =>
    decodeValue(type, { charset, quotedPrintable: false }, input),
  )
  return { group, name, types: decodedTypes, value }
}

/** The colon ending the name and parameters; a quoted parameter value may hold one. */
function colonOf(content: string): number {
  let quoted = false
  for (let i = 0; i < content.length; i++) {
    const char = content[i]
    if (char === '"') quoted = !quoted
    else if (char === ':' && !quoted) return i
  }
  return -1
}

/** Splits at semicolons outside quotes: `TYPE="a;b";CHARSET=UTF-8`. */
function splitParams(text: string): string[] {
  if (!text.includes('"')) return text.split(';')
  const parts: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted
    else if (text[i] === ';' && !quoted) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

/**
 * A line that starts a property although the line before ended with a quoted-printable soft
 * break: some exporters end a value with a stray "=", and the next property must not become part
 * of it. A real continuation is encoded text, which does not start so.
 */
const startsProperty =
  /^(?:(?:item\d+|ITEM\d+)\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|LABEL|ORG|TITLE|NOTE|PHOTO|LOGO|CATEGORIES|URL|BDAY|REV|UID|NICKNAME|X-[A-Z0-9-]+)[;:]/

/**
 * Joins folded lines: a leading space or tab continues (3.0/4.0, and 2.1's base64), a trailing
 * "=" does in quoted-printable. Works on the bytes: a line is made a string (one character a
 * byte) only when it is kept; lines of properties the import skips are counted and dropped —
 * a photo is tens of kilobytes of folded base64 per card.
 */
async function* unfoldedLines(
  chunks: AsyncIterable<Buffer>,
): AsyncGenerator<{ line: number; content: string }> {
  let pending: Buffer = Buffer.alloc(0)
  let number = 0
  let current: { line: number; content: string } | undefined
  let skipping = false
  let quotedPrintable = false
  let softBreak = false
  /** LF (with or without CR before it), or CR for files whose lines end in CR alone. */
  let lineEnd: number | undefined
  const ready: { line: number; content: string }[] = []
  const take = (physical: string) => {
    number++
    const continues = softBreak ? !startsProperty.test(physical) : /^[ \t]/.test(physical)
    if (continues && (current || skipping)) {
      if (current) current.content += softBreak ? physical : physical.slice(1)
    } else {
      if (current) ready.push(current)
      skipping = !keptProperties.has(nameOf(physical))
      current = skipping ? undefined : { line: number, content: physical }
      quotedPrintable = /[;:]\s*(?:ENCODING=)?QUOTED-PRINTABLE\s*[;:]/i.test(
        physical.slice(0, physical.indexOf(':') + 1),
      )
    }
    softBreak = quotedPrintable && physical.endsWith('=')
    if (softBreak && current) current.content = current.content.slice(0, -1)
  }
  /** A folded line of a skipped property (a photo's: hundreds a card) is counted, not read. */
  const foldOfSkipped = (first: number | undefined) =>
    skipping && !quotedPrintable && (first === space || first === tab)
  const text = (start: number, end: number) =>
    pending.toString('latin1', start, end > start && pending[end - 1] === cr ? end - 1 : end)
  for await (const chunk of chunks) {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
    lineEnd ??= lineEndOf(pending)
    if (lineEnd === undefined) continue
    let start = 0
    for (let end = pending.indexOf(lineEnd); end !== -1; end = pending.indexOf(lineEnd, start)) {
      if (foldOfSkipped(pending[start])) number++
      else take(text(start, end))
      start = end + 1
    }
    pending = pending.subarray(start)
    yield* ready
    ready.length = 0
  }
  if (pending.length > 0) take(text(0, pending.length))
  if (current) ready.push(current)
  yield* ready
}
const [space, tab, cr, lf] = [0x20, 0x09, 0x0d, 0x0a]

/** How lines end, from the first line break; undefined while a CR may still be half of CR LF. */
function lineEndOf(bytes: Buffer): number | undefined {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === lf) return lf
    if (bytes[i] === cr) return i + 1 < bytes.length ? (bytes[i + 1] === lf ? lf : cr) : undefined
  }
  return undefined
}

/** Text pieces (a UTF-16 file, decoded) as UTF-8 bytes; a character split between pieces waits. */
async function* utf8Bytes(pieces: AsyncIterable<string | Buffer>): AsyncGenerator<Buffer> {
  let held = ''
  for await (const piece of pieces) {
    if (typeof piece !== 'string') {
      yield piece
      continue
    }
    let text = held + piece
    held = ''
    const last = text.charCodeAt(text.length - 1)
    if (last >= 0xd800 && last <= 0xdbff) {
      held = text.slice(-1)
      text = text.slice(0, -1)
    }
    yield Buffer.from(text, 'utf8')
  }
  if (held !== '') yield Buffer.from(held, 'utf8')
}

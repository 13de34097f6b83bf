import type { MappingTarget } from '../../../../shared/imports'
import type { PhoneColumn } from './import-plan'

/** Any of the words, as whole words (JS's \\b does not know Cyrillic). */
const words = (alternatives: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'u')
const exactly = (alternatives: string) => new RegExp(`^(?:${alternatives})(?: \\d+)?$`, 'u')
/** Words starting so: "телефон", "тел", "мобильный", "моб". */
const starting = (alternatives: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})`, 'u')

// Header spellings of Google Contacts (current and legacy), Outlook, vCard (as read-vcards names
// its columns) and hand-made Russian or English tables, compared folded (see foldHeader). The
// first rule that matches wins. Outlook's "Telex" and "TTY/TDD Phone" (Russian: "Телетайп/телефон с
// титрами") are ignored by name: "tel…" would make them phones; so is Yandex 360's
// "is_main_phone_number", a true/false flag. Russian Outlook's e-mail is "Адрес эл. почты".
const rules: [MappingTarget, RegExp][] = [
  // «Сохранил(а) наш номер», «Номер сохранён», "Saved our number", "saved_number": before the
  // phone rule, which would take any header naming a number.
  [
    'savedNumber',
    /(?:сохранил\p{L}*|сохранен\p{L}*|сохранён\p{L}*).*номер|номер.*(?:сохран)|(?:^|\s)saved?\s(?:our\s|the\s|shop\s)*(?:number|phone|contact)|number\ssaved|has our number|есть наш номер/u,
  ],
  [
    'email',
    exactly(
      'e mail|email|e mail address|email address|e mail \\d+ address|почта|эл почта|электронная почта|e mail адрес|адрес(?: \\d+)? эл почты|адрес электронной почты',
    ),
  ],
  ['consent', starting('consent|opt in|optin|agreed|согласи|подписк|рассылк')],
  // Google's "Address 1 - Country", Outlook's "Home Country/Region", "Страна"; a whole address
  // (Google's "Address 1 - Formatted", "Адрес"), which may name the country. Streets, cities and
  // postal codes are ignored below.
  ['country', words('country|страна|государство')],
  [
    'country',
    exactly(
      'address|address \\d+ formatted|home address|business address|other address|адрес|почтовый адрес|адрес доставки|адрес клиента',
    ),
  ],
  [
    'ignore',
    words(
      'label|type|yomi|phonetic|prefix|suffix|nickname|initials|fax|факс|pager|telex|телекс|birthday|дата рождения|день рождения|address|адрес|organization|company|организация|компания|website|web page|сайт|photo|gender|relation|event|custom|im|sip|file as|title|должность|tty|телетайп|is main',
    ),
  ],
  ['firstName', exactly('first name|given name|first|имя')],
  ['middleName', exactly('middle name|additional name|middle|отчество')],
  ['lastName', exactly('last name|family name|surname|last|фамилия')],
  [
    'fullName',
    exactly(
      'name|full name|display name|contact|contact name|customer|фио|ф и о|фио клиента|фио покупателя|имя фамилия|имя и фамилия|фамилия имя|фамилия и имя|фамилия имя отчество|фамилия имя и отчество|полное имя|контакт|клиент|покупатель',
    ),
  ],
  [
    'tags',
    exactly(
      'labels?|group membership|groups?|categories|category|tags?|группа|группы|метка|метки|теги|тег|категория|категории',
    ),
  ],
  [
    'notes',
    exactly('notes?|comments?|заметка|заметки|примечание|примечания|комментарий|комментарии'),
  ],
  [
    'phone',
    starting(
      'phone|telephone|tel|mobile|cell|whatsapp|телефон|тел|мобил|сотов|моб|номер телефона|ватсап',
    ),
  ],
]

export function foldHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Longer than any header name a contacts export writes. */
const guessedHeaderChars = 200

/** One target per column, from its header; unknown columns are ignored. */
export function guessMapping(headers: readonly string[]): MappingTarget[] {
  const mapping = headers.map((header): MappingTarget => {
    // A header is a few words: a cell of a megabyte is judged by its start, so no rule's pattern
    // ever runs over the whole of it.
    const folded = foldHeader(
      header.length > guessedHeaderChars ? header.slice(0, guessedHeaderChars) : header,
    )
    if (/ value$/.test(folded)) return valueColumn(folded)
    return rules.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'ignore'
  })
  // A single-purpose column is used once: the first e-mail, the first consent.
  for (const single of ['email', 'consent', 'fullName', 'savedNumber'] as const) {
    const first = mapping.indexOf(single)
    mapping.forEach((target, i) => {
      if (target === single && i !== first) mapping[i] = 'ignore'
    })
  }
  return mapping
}

/** Google's "Phone 1 - Value", "E-mail 1 - Value": the kind is in the part before " - Value". */
function valueColumn(folded: string): MappingTarget {
  if (/^phone \d+ value$/.test(folded)) return 'phone'
  if (/^e mail \d+ value$/.test(folded)) return 'email'
  return 'ignore'
}

/**
 * Lower is preferred as the number broadcasts go to: mobile first, then unlabeled, then others;
 * work and home lines are the least likely to have WhatsApp.
 */
export function phonePriority(label: string): number {
  let priority = priorities.get(label)
  if (priority === undefined) {
    priority = priorityOf(label)
    if (priorities.size < 1000) priorities.set(label, priority) // a file has a handful of labels
  }
  return priority
}
const priorities = new Map<string, number>()

function priorityOf(label: string): number {
  const folded = foldHeader(label)
  // Russian Outlook 2003/2007 calls the mobile "Телефон переносной".
  if (/(mobile|cell|iphone|whatsapp|ватсап|моб|сотов|переносн)/.test(folded)) return 0
  if (folded === '' || /^(phone|телефон|тел|номер)( \d+)?( value)?$/.test(folded)) return 1
  if (/(main|primary|основн|other|друг|pref)/.test(folded)) return 2
  return 3
}

/** The columns mapped to `phone`, each with the column labelling its numbers. */
export function phoneColumns(
  headers: readonly string[],
  mapping: readonly MappingTarget[],
): PhoneColumn[] {
  const folded = headers.map(foldHeader)
  // Each folded header's first column, so that finding a label column is a look-up, not a scan
  // of every column for every phone column (which grew with the square of a wide header).
  const firstColumn = new Map<string, number>()
  folded.forEach((header, index) => {
    if (!firstColumn.has(header)) firstColumn.set(header, index)
  })
  const labelColumn = (name: string): number | null => {
    const label = firstColumn.get(`${name} label`)
    const type = firstColumn.get(`${name} type`)
    if (label === undefined) return type ?? null
    return type === undefined ? label : Math.min(label, type)
  }
  const columns: PhoneColumn[] = []
  mapping.forEach((target, index) => {
    if (target !== 'phone') return
    const header = folded[index] ?? ''
    const group = /^(phone \d+) value$/.exec(header)?.[1]
    // Google's "Phone 1 - Label" for "Phone 1 - Value"; the vCard reader's "Mobile phone - Label";
    // Yandex 360's "phone_number_type" (work, mobile) for "phone_number".
    columns.push({
      index,
      labelIndex: labelColumn(group ?? header),
      headerLabel: headers[index] ?? '',
    })
  })
  return columns
}

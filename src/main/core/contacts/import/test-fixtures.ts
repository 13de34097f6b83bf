// Test-only: contact files as phones, Google, Outlook and Excel really write them, in every
// encoding and shape the importer must read. Nothing here is used by the app itself.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { readRecords, type FileRecord } from './read-records'
import { sniffFile, type FileSniff } from './sniff-file'

export type FixtureEncoding = 'utf8' | 'utf8-bom' | 'utf16le-bom' | 'utf16be-bom' | 'windows-1251'

/** The bytes a program would save `text` as. */
export function encodeText(text: string, encoding: FixtureEncoding): Buffer {
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8')
    case 'utf8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')])
    case 'windows-1251':
      return iconv.encode(text, 'win1251')
  }
}

export interface TableShape {
  /** "," unless told. */
  delimiter?: string
  /** "\r\n" (Excel, Google) unless told. */
  newline?: string
}

/** Rows as a spreadsheet writes them: cells with the delimiter, quotes or line breaks quoted. */
export function tableText(rows: readonly (readonly string[])[], shape: TableShape = {}): string {
  const delimiter = shape.delimiter ?? ','
  const newline = shape.newline ?? '\r\n'
  const cell = (value: string) =>
    value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
  return rows.map((row) => row.map(cell).join(delimiter)).join(newline) + newline
}

/** Writes a fixture into `dir` and returns its path. */
export function writeFixture(
  dir: string,
  name: string,
  content: string | Buffer,
  encoding: FixtureEncoding = 'utf8',
): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? encodeText(content, encoding) : content)
  return path
}

/** Sniffs and reads a whole file, as the import does. */
export async function readFixture(
  path: string,
): Promise<{ sniff: FileSniff; records: FileRecord[] }> {
  const sniff = await sniffFile(path)
  const records: FileRecord[] = []
  for await (const record of readRecords(path, sniff, { signal: new AbortController().signal })) {
    records.push(record)
  }
  return { sniff, records }
}

/** A row for `headers`, with the named cells filled and the rest empty. */
export function rowFor(headers: readonly string[], values: Record<string, string>): string[] {
  for (const name of Object.keys(values)) {
    if (!headers.includes(name)) throw new Error(`no column ${name}`)
  }
  return headers.map((header) => values[header] ?? '')
}

// ---- Header sets, exactly as the programs write them ----

/** Google Contacts, the current export ("Google CSV"). */
export const googleCurrentHeaders = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
  'E-mail 1 - Label',
  'E-mail 1 - Value',
  'E-mail 2 - Label',
  'E-mail 2 - Value',
  'Phone 1 - Label',
  'Phone 1 - Value',
  'Phone 2 - Label',
  'Phone 2 - Value',
  'Phone 3 - Label',
  'Phone 3 - Value',
  'Address 1 - Label',
  'Address 1 - Formatted',
  'Address 1 - Street',
  'Address 1 - City',
  'Address 1 - PO Box',
  'Address 1 - Region',
  'Address 1 - Postal Code',
  'Address 1 - Country',
  'Address 1 - Extended Address',
  'Website 1 - Label',
  'Website 1 - Value',
  'Event 1 - Label',
  'Event 1 - Value',
  'Relation 1 - Label',
  'Relation 1 - Value',
  'Custom Field 1 - Label',
  'Custom Field 1 - Value',
] as const

/** Google Contacts, the legacy "Google CSV" with Group Membership and "- Type" columns. */
export const googleLegacyHeaders = [
  'Name',
  'Given Name',
  'Additional Name',
  'Family Name',
  'Yomi Name',
  'Given Name Yomi',
  'Additional Name Yomi',
  'Family Name Yomi',
  'Name Prefix',
  'Name Suffix',
  'Initials',
  'Nickname',
  'Short Name',
  'Maiden Name',
  'Birthday',
  'Gender',
  'Location',
  'Billing Information',
  'Directory Server',
  'Mileage',
  'Occupation',
  'Hobby',
  'Sensitivity',
  'Priority',
  'Subject',
  'Notes',
  'Language',
  'Photo',
  'Group Membership',
  'E-mail 1 - Type',
  'E-mail 1 - Value',
  'Phone 1 - Type',
  'Phone 1 - Value',
  'Phone 2 - Type',
  'Phone 2 - Value',
  'Address 1 - Type',
  'Address 1 - Formatted',
  'Address 1 - Street',
  'Address 1 - City',
  'Organization 1 - Type',
  'Organization 1 - Name',
  'Organization 1 - Title',
  'Website 1 - Type',
  'Website 1 - Value',
] as const

/** Outlook's "Comma Separated Values" export. */
export const outlookHeaders = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Title',
  'Suffix',
  'Initials',
  'Web Page',
  'Gender',
  'Birthday',
  'Anniversary',
  'Location',
  'Language',
  'Internet Free Busy',
  'Notes',
  'E-mail Address',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Primary Phone',
  'Home Phone',
  'Home Phone 2',
  'Mobile Phone',
  'Pager',
  'Home Fax',
  'Home Address',
  'Home Street',
  'Home City',
  'Home Postal Code',
  'Company',
  'Department',
  'Job Title',
  'Business Phone',
  'Business Phone 2',
  'Business Fax',
  'Other Phone',
  'Other Fax',
  'Company Main Phone',
  'Telex',
  'Categories',
  'E-mail Type',
  'E-mail Display Name',
] as const

/** A table a Russian shop keeps in Excel. */
export const russianExcelHeaders = [
  'ФИО',
  'Телефон',
  'Мобильный',
  'Группа',
  'Комментарий',
  'Согласие',
] as const

export const englishExcelHeaders = ['Name', 'Phone'] as const

// ---- Whole files ----

/** Google's current export: several numbers in one cell joined by " ::: ", system labels. */
export function googleCurrentCsv(): string {
  const h = googleCurrentHeaders
  return tableText([
    [...h],
    rowFor(h, {
      'First Name': 'Анна',
      'Last Name': 'Петрова',
      Labels: '* myContacts ::: VIP',
      'E-mail 1 - Label': '* Home',
      'E-mail 1 - Value': 'anna@example.ru ::: anna.work@example.ru',
      'Phone 1 - Label': 'Work',
      'Phone 1 - Value': '+7 495 123-45-67',
      'Phone 2 - Label': 'Mobile',
      'Phone 2 - Value': '8 916 123-45-67 ::: +7 (903) 765-43-21',
      Notes: 'Любит розы,\nзвонить после 18:00',
    }),
    rowFor(h, {
      'First Name': 'Ёжик',
      'Middle Name': 'Иванович',
      'Last Name': 'Туманов',
      Labels: '* myContacts ::: Опт ::: * starred',
      'Phone 1 - Label': 'Home',
      'Phone 1 - Value': '+7 495 000-11-22',
    }),
  ])
}

/** The legacy Google export. */
export function googleLegacyCsv(): string {
  const h = googleLegacyHeaders
  return tableText([
    [...h],
    rowFor(h, {
      Name: 'Ольга Попова',
      'Given Name': 'Ольга',
      'Family Name': 'Попова',
      'Group Membership': '* My Contacts ::: Постоянные',
      'E-mail 1 - Type': '* Other',
      'E-mail 1 - Value': 'olga@example.ru',
      'Phone 1 - Type': 'Home',
      'Phone 1 - Value': '8 (495) 222-33-44',
      'Phone 2 - Type': 'Mobile',
      'Phone 2 - Value': '89262223344',
    }),
  ])
}

/** Outlook's export. */
export function outlookCsv(): string {
  const h = outlookHeaders
  return tableText([
    [...h],
    rowFor(h, {
      'First Name': 'Сергей',
      'Last Name': 'Кузнецов',
      'E-mail Address': 'sergey@example.ru',
      'Home Phone': '+7 (495) 111-22-33',
      'Business Phone': '+7 (926) 111-22-34',
      'Mobile Phone': '+7 (926) 111-22-33',
      'Business Fax': '+7 (495) 111-22-35',
      Categories: 'VIP;Опт',
      Notes: 'Звонить утром',
    }),
  ])
}

/** Russian Excel: "CSV (разделители — точки с запятой)", Windows-1251 once encoded. */
export function russianExcelCsv(): string {
  return tableText(
    [
      [...russianExcelHeaders],
      ['Семён Ёлкин', '8 (495) 123-45-67', '8 916 123-45-67', 'Опт', 'Звонить после 18:00', 'да'],
      ['Щукина Юлия Эдуардовна', '', '+7 903 765 43 21', 'VIP', '', 'нет'],
      ['Жанна Чайкина', '9261112233', '', '', 'Постоянная, «Ъ»', 'может быть'],
    ],
    { delimiter: ';' },
  )
}

export function englishExcelCsv(): string {
  return tableText([[...englishExcelHeaders], ['Anna Petrova', '+7 916 123-45-67']])
}

/** Rows shorter than the header, as a hand-kept table has them after a trailing empty cell. */
export const shortRowsCsv =
  'Name;Phone;Group;Notes\r\nАнна;+79161234567\r\nИван\r\nОльга;+79262223344;VIP;ok\r\n'

/**
 * Line numbers to get right: a quoted note over three lines, Excel's LF inside a cell of a CR LF
 * file, blank and whitespace-only lines. Rows start at lines 1, 2, 6, 9, 11 and 13.
 */
export const lineNumbersCsv = [
  'Name,Phone,Notes', // 1
  'Анна,+79161234567,"первая строка', // 2
  'вторая строка', // 3
  'третья"', // 4
  '', // 5
  'Иван,+79031234567,', // 6
  '   ', // 7
  ',,', // 8
  '"Ольга ""Оля""",+79262223344,"a,b"', // 9
  '', // 10
  'Пётр,+79037654321,"alt\nenter"', // 11, 12: Excel breaks a cell with LF alone
  'Мария,+79165554433,', // 13
  '', // 14
].join('\r\n')

/** Excel's "Unicode text": UTF-16LE with a BOM, tab-separated. Encode as 'utf16le-bom'. */
export function excelUnicodeText(): string {
  return tableText(
    [
      ['ФИО', 'Телефон', 'Группа'],
      ['Анна Петрова', '8 916 123-45-67', 'VIP'],
      ['Иван Смирнов', '+7 (903) 765-43-21', ''],
    ],
    { delimiter: '\t' },
  )
}

/** Android's vCard 2.1: names in quoted-printable UTF-8, a soft line break ("=" at line end). */
export const vcard21Android = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  // Петров;Иван;Сергеевич, split by a soft line break in the middle of "Иван"
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;=D0=98=D0=B2=',
  '=D0=B0=D0=BD;=D0=A1=D0=B5=D1=80=D0=B3=D0=B5=D0=B5=D0=B2=D0=B8=D1=87;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2',
  'TEL;CELL:+7 916 123-45-67',
  'TEL;HOME:8 495 765-43-21',
  'EMAIL;HOME:ivan@example.ru',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N:;Mama;;;',
  'FN:Mama',
  'TEL;CELL;PREF:89031112233',
  'NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=97=D0=B2=D0=BE=D0=BD=D0=B8=D1=82=D1=8C =D0=B2 =',
  '=D0=B2=D0=BE=D1=81=D0=BA=D1=80=D0=B5=D1=81=D0=B5=D0=BD=D1=8C=D0=B5',
  'END:VCARD',
  '',
].join('\r\n')

/** iPhone's vCard 3.0: grouped TEL with several types, escapes, a folded line. */
export const vcard30Iphone = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'PRODID:-//Apple Inc.//iPhone OS 17.5//EN',
  'N:Смирнова;Мария;Петровна;;',
  'FN:Мария Петровна Смирнова',
  'ORG:Цветочный;',
  'item1.TEL;type=CELL;type=VOICE;type=pref:+7 916 555-44-33',
  'item2.TEL;type=HOME;type=VOICE:+7 495 555-44-33',
  'item2.X-ABLabel:_$!<Home>!$_',
  'EMAIL;type=INTERNET;type=HOME;type=pref:maria@example.ru',
  'CATEGORIES:VIP,Опт\\, крупный',
  'NOTE:Любит розы\\, звонить после 18:00\\nВторая строка заметки\\, которая длиннее семидес',
  ' яти пяти символов и потому перенесена',
  'END:VCARD',
  '',
].join('\r\n')

/** vCard 4.0 as macOS writes it: TEL as a tel: URI with quoted types. */
export const vcard40 = [
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Ольга Попова',
  'N:Попова;Ольга;;;',
  'TEL;VALUE=uri;TYPE="cell,voice":tel:+7-926-222-33-44',
  'TEL;VALUE=uri;TYPE=work:tel:+7-495-765-43-21',
  'CATEGORIES:Постоянные',
  'END:VCARD',
  '',
].join('\n')

// ---- Broken files ----

export const emptyFile = Buffer.alloc(0)
export const headerOnlyCsv = 'Name,Phone\r\n'

/** The start of a real .xlsx: a zip local file header for [Content_Types].xml, then deflate. */
export function xlsxBytes(): Buffer {
  const name = Buffer.from('[Content_Types].xml', 'latin1')
  const data = deflateRawSync(
    Buffer.from(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    ),
  )
  const header = Buffer.alloc(30)
  header.writeUInt32LE(0x04034b50, 0) // "PK\x03\x04"
  header.writeUInt16LE(20, 4)
  header.writeUInt16LE(6, 6)
  header.writeUInt16LE(8, 8)
  header.writeUInt32LE(0x5a2b0000, 10)
  header.writeUInt32LE(0x1234abcd, 14)
  header.writeUInt32LE(data.length, 18)
  header.writeUInt32LE(200, 22)
  header.writeUInt16LE(name.length, 26)
  header.writeUInt16LE(0, 28)
  return Buffer.concat([header, name, data, Buffer.alloc(64)])
}

/** A quote opened on line 3 and never closed. */
export const unbalancedQuote = {
  text: 'Name,Phone\r\nАнна,+79161234567\r\n"Иван,+79031234567\r\nОльга,+79262223344\r\n',
  line: 3,
}

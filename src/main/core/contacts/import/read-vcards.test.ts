import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import type { FileRecord } from './read-records'
import { readVcards, vcardHeaders } from './read-vcards'
import {
  readFixture,
  vcard21Android,
  vcard30Iphone,
  vcard40,
  writeFixture,
  type FixtureEncoding,
} from './test-fixtures'
import { androidVcf, folded, photoBase64, quotedPrintable } from './vcard-fixtures'

/** The text in pieces of `size` characters, as a decoder hands it over. */
async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) {
    await Promise.resolve()
    yield text.slice(i, i + size)
  }
}

async function read(text: string, size = 1 << 20): Promise<FileRecord[]> {
  const records: FileRecord[] = []
  for await (const record of readVcards(pieces(text, size))) records.push(record)
  return records
}

/** A card as a header → value object, for readable expectations. */
const asCard = (record: FileRecord | undefined) =>
  Object.fromEntries(vcardHeaders.map((header, i) => [header, record?.cells[i]]))

describe('readVcards', () => {
  const tempDir = useTempDir()

  it('starts with the header row the mapping screen shows', async () => {
    const [header] = await read(vcard40)
    expect(header).toEqual({ line: 0, cells: [...vcardHeaders] })
  })

  it('decodes Android 2.1: quoted-printable UTF-8 names and notes, soft line breaks', async () => {
    const [, ivan, mama] = await read(vcard21Android)
    expect(asCard(ivan)).toEqual({
      'Full name': 'Иван Петров',
      'First name': 'Иван',
      'Middle name': 'Сергеевич',
      'Last name': 'Петров',
      'Mobile phone': '+7 916 123-45-67',
      'Mobile phone - Label': 'Mobile',
      'Other phone': '8 495 765-43-21',
      'Other phone - Label': 'Home',
      'E-mail': 'ivan@example.ru',
      Categories: '',
      Note: '',
    })
    expect(asCard(mama)).toMatchObject({
      'Full name': 'Mama',
      'First name': 'Mama',
      'Mobile phone': '89031112233',
      'Other phone': '',
      Note: 'Звонить в воскресенье',
    })
  })

  it('decodes iPhone 3.0: grouped TEL with types, escapes, categories, a folded note', async () => {
    const [, maria] = await read(vcard30Iphone)
    expect(asCard(maria)).toEqual({
      'Full name': 'Мария Петровна Смирнова',
      'First name': 'Мария',
      'Middle name': 'Петровна',
      'Last name': 'Смирнова',
      'Mobile phone': '+7 916 555-44-33',
      'Mobile phone - Label': 'Mobile',
      'Other phone': '+7 495 555-44-33',
      'Other phone - Label': 'Home',
      'E-mail': 'maria@example.ru',
      Categories: 'VIP, Опт, крупный',
      Note: 'Любит розы, звонить после 18:00\nВторая строка заметки, которая длиннее семидесяти пяти символов и потому перенесена',
    })
  })

  it('decodes 4.0: tel: URIs and quoted type lists', async () => {
    const [, olga] = await read(vcard40)
    expect(asCard(olga)).toMatchObject({
      'Full name': 'Ольга Попова',
      'First name': 'Ольга',
      'Last name': 'Попова',
      'Mobile phone': '+7-926-222-33-44',
      'Mobile phone - Label': 'Mobile',
      'Other phone': '+7-495-765-43-21',
      'Other phone - Label': 'Work',
      Categories: 'Постоянные',
    })
  })

  it('gives each card the line of its BEGIN', async () => {
    expect((await read(vcard21Android)).map((r) => r.line)).toEqual([0, 1, 10])
    expect((await read(vcard30Iphone)).map((r) => r.line)).toEqual([0, 1])
    expect((await read(`\r\n\r\n${vcard40}`)).map((r) => r.line)).toEqual([0, 3])
  })

  it('reads the same however the text is cut into pieces', async () => {
    const all = [vcard21Android, vcard30Iphone, vcard40].join('')
    const whole = await read(all)
    expect(whole).toHaveLength(5)
    for (const size of [1, 2, 3, 7, 64]) expect(await read(all, size)).toEqual(whole)
  })

  it('joins several numbers of a kind, and keeps a last card without END', async () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:Без конца',
      'TEL;TYPE=CELL:+79161234567',
      'TEL;TYPE=IPHONE:+79031234567',
      'TEL;TYPE=WORK:+74951234567',
      'TEL;TYPE=HOME:',
      'TEL:+74957654321',
    ].join('\n')
    const [, card] = await read(text)
    expect(asCard(card)).toMatchObject({
      'Full name': 'Без конца',
      'Mobile phone': '+79161234567 ::: +79031234567',
      'Mobile phone - Label': 'Mobile ::: iPhone',
      'Other phone': '+74951234567 ::: +74957654321',
      'Other phone - Label': 'Work ::: ',
    })
  })

  it.each([
    ['UTF-8', vcard30Iphone, 'utf8'],
    ['UTF-8 with BOM', vcard30Iphone, 'utf8-bom'],
    ['UTF-16LE with BOM', vcard30Iphone, 'utf16le-bom'],
    ['UTF-16BE with BOM', vcard30Iphone, 'utf16be-bom'],
    ['Windows-1251', vcard30Iphone, 'windows-1251'],
  ] as [string, string, FixtureEncoding][])(
    'reads a .vcf file saved in %s',
    async (_, text, encoding) => {
      const path = writeFixture(tempDir(), 'contacts.vcf', text, encoding)
      const { sniff, records } = await readFixture(path)
      expect(sniff.format).toBe('vcard')
      expect(records[0]?.cells).toEqual([...vcardHeaders])
      expect(asCard(records[1])).toMatchObject({
        'Full name': 'Мария Петровна Смирнова',
        Categories: 'VIP, Опт, крупный',
      })
    },
  )

  it('reads an Android export file through the same reader as tables', async () => {
    const path = writeFixture(tempDir(), '00001.vcf', vcard21Android)
    const { records } = await readFixture(path)
    expect(records.map((r) => [r.line, r.cells[0]])).toEqual([
      [0, 'Full name'],
      [1, 'Иван Петров'],
      [10, 'Mama'],
    ])
  })

  /** The file's bytes in pieces of `size`, as readRecords hands them over for a vCard. */
  async function readBytes(bytes: Buffer, fileEncoding = 'UTF-8', size = 1 << 20) {
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += size) {
        await Promise.resolve()
        yield bytes.subarray(i, i + size)
      }
    }
    const records: FileRecord[] = []
    for await (const record of readVcards(chunks(), { kind: 'bytes', fileEncoding }))
      records.push(record)
    return records
  }
  const card = (...lines: string[]) => ['BEGIN:VCARD', ...lines, 'END:VCARD', ''].join('\r\n')
  const bytesOf = (...parts: [text: string, encoding: string][]) =>
    Buffer.concat(parts.map(([text, encoding]) => iconv.encode(text, encoding)))

  it('reads the same bytes however they are cut, with lines ending in CR LF, LF or CR alone', async () => {
    const file = androidVcf()
    const whole = await readBytes(file)
    expect(whole).toHaveLength(5)
    for (const size of [1, 2, 3, 7, 64]) expect(await readBytes(file, 'UTF-8', size)).toEqual(whole)
    const lf = Buffer.from(file.toString('latin1').replace(/\r\n/g, '\n'), 'latin1')
    const cr = Buffer.from(file.toString('latin1').replace(/\r\n/g, '\r'), 'latin1')
    for (const other of [lf, cr]) {
      expect((await readBytes(other, 'UTF-8', 5)).map((r) => r.cells)).toEqual(
        whole.map((r) => r.cells),
      )
    }
  })

  it('reads each property by its own CHARSET, quoted-printable or not; cards of one file differ', async () => {
    const file = bytesOf(
      [card('VERSION:2.1', 'N;CHARSET=WINDOWS-1251:Петров;Иван;;;'), 'win1251'],
      [card('VERSION:2.1', 'N;CHARSET=KOI8-R:Сидорова;Ольга;;;'), 'koi8-r'],
      [card('VERSION:2.1', 'N;CHARSET=SHIFT_JIS:ソフト;太郎;;;'), 'shift_jis'],
      [card('VERSION:2.1', 'N;CHARSET=UTF-8:Ёлкин;Пётр;;;'), 'utf8'],
      [card('VERSION:2.1', 'N:Лебедев;Глеб;;;'), 'win1251'],
      [
        card(
          'VERSION:2.1',
          `NOTE;CHARSET=windows-1251;ENCODING=QUOTED-PRINTABLE:${quotedPrintable('Привет', 'win1251')}`,
        ),
        'utf8',
      ],
    )
    const [, ...cards] = await readBytes(file)
    expect(cards.map((c) => [asCard(c)['Last name'], asCard(c)['First name']])).toEqual([
      ['Петров', 'Иван'],
      ['Сидорова', 'Ольга'],
      ['ソフト', '太郎'],
      ['Ёлкин', 'Пётр'],
      ['Лебедев', 'Глеб'],
      ['', ''],
    ])
    expect(asCard(cards[5]).Note).toBe('Привет')
  })

  it('reads a card without CHARSET by the file’s encoding when its bytes are no Cyrillic words', async () => {
    const file = bytesOf([
      card('VERSION:2.1', 'N:Müller;Jürgen;;;', 'TEL;CELL:+49 151 23456789'),
      'latin1',
    ])
    const [, müller] = await readBytes(file, 'ISO-8859-1')
    expect(asCard(müller)).toMatchObject({ 'Last name': 'Müller', 'First name': 'Jürgen' })
  })

  it('decodes escapes, and folding by a space or a tab', async () => {
    const [, one] = await read(
      card(
        'VERSION:3.0',
        'FN:ООО «Ромашка\\, опт»\\; склад',
        'N:Ромашка\\; ООО;Анна\\,Мария;;;',
        'NOTE:Путь C:\\\\Склад\\\\новый\\Nвторая строка\\nтретья',
        'EMAIL:an',
        '\tna@example.ru',
      ),
    )
    expect(asCard(one)).toMatchObject({
      'Full name': 'ООО «Ромашка, опт»; склад',
      'Last name': 'Ромашка; ООО',
      'First name': 'Анна,Мария',
      Note: 'Путь C:\\Склад\\новый\nвторая строка\nтретья',
      'E-mail': 'anna@example.ru',
    })
  })

  it('keeps the note’s line breaks as \\n, whatever the file ends lines with', async () => {
    const qp = `NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:${quotedPrintable('Первая\r\nвторая\rтретья')}`
    const [, one] = await read(card('VERSION:2.1', qp))
    expect(asCard(one).Note).toBe('Первая\nвторая\nтретья')
  })

  it('joins quoted-printable soft breaks, also a continuation that starts without "="', async () => {
    const [, one, two] = await read(
      [
        card(
          'VERSION:2.1',
          'FN;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=90=D0=BD=',
          'na =D0=9A.',
        ),
        // A broken exporter ends the last line with "=": END still ends the card.
        card('VERSION:2.1', 'FN;QUOTED-PRINTABLE:Olga=', 'TEL;CELL:89031234567'),
      ].join(''),
    )
    expect(asCard(one)['Full name']).toBe('Анna К.')
    expect(asCard(two)).toMatchObject({ 'Full name': 'Olga', 'Mobile phone': '89031234567' })
  })

  it('reads types however they are written: 2.1 bare, comma lists, repeated TYPE, quoted', async () => {
    const [, one] = await read(
      card(
        'VERSION:3.0',
        'FN:Типы',
        'TEL;HOME;VOICE:+7 495 000-00-01',
        'TEL;TYPE=WORK,CELL:+7 916 000-00-02',
        'TEL;type=WORK;type=VOICE:+7 495 000-00-03',
        'TEL;TYPE="home,fax":+7 495 000-00-04',
        'TEL;TYPE=PAGER:+7 916 000-00-05',
        'TEL;TYPE=MAIN:+7 495 000-00-06',
        'TEL;X-Склад:+7 495 000-00-07',
      ),
    )
    expect(asCard(one)).toMatchObject({
      'Mobile phone': '+7 916 000-00-02',
      'Mobile phone - Label': 'Work Mobile',
      'Other phone':
        '+7 495 000-00-01 ::: +7 495 000-00-03 ::: +7 495 000-00-04 ::: +7 916 000-00-05 ::: +7 495 000-00-06 ::: +7 495 000-00-07',
      'Other phone - Label': 'Home ::: Work ::: Home Fax ::: Pager ::: Main ::: Склад',
    })
  })

  it('labels iOS items: its own labels unwrapped, the owner’s as written, a fax stays a fax', async () => {
    const [, one] = await read(
      card(
        'VERSION:3.0',
        'FN:Ярлыки',
        'item1.TEL:+7 916 000-00-01',
        'item1.X-ABLabel:_$!<Mobile>!$_',
        'ITEM2.TEL;type=pref:+7 495 000-00-02',
        'item2.X-ABLabel:Рабочий',
        'item3.TEL;type=FAX:+7 495 000-00-03',
        'item3.X-ABLabel:Офис',
        'item4.X-ABLabel:_$!<HomeFAX>!$_',
        'item4.TEL:+7 495 000-00-04',
      ),
    )
    expect(asCard(one)).toMatchObject({
      'Mobile phone': '+7 916 000-00-01',
      'Mobile phone - Label': 'Mobile',
      'Other phone': '+7 495 000-00-02 ::: +7 495 000-00-03 ::: +7 495 000-00-04',
      'Other phone - Label': 'Рабочий ::: Fax ::: Home Fax',
    })
  })

  it('skips photos and other unused properties, 2.1 and 3.0 alike, and reads on after them', async () => {
    const photo = photoBase64(30_000)
    const withPhotos = [
      card(
        'VERSION:3.0',
        'FN:Анна',
        folded(`PHOTO;ENCODING=b;TYPE=JPEG:${photo}`),
        'TEL;CELL:+79161234567',
      ),
      card(
        'VERSION:2.1',
        'FN:Борис',
        `PHOTO;ENCODING=BASE64;JPEG:${photo.slice(0, 60)}`,
        ...(photo.slice(60).match(/.{1,76}/g) ?? []).map((line) => `  ${line}`),
        '',
        'X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Боря;1;;;;;;;;;;;;;',
        'TEL;CELL:+79031234567',
      ),
    ].join('')
    const [, anna, boris] = await read(withPhotos, 4096)
    expect(asCard(anna)).toMatchObject({ 'Full name': 'Анна', 'Mobile phone': '+79161234567' })
    expect(asCard(boris)).toMatchObject({ 'Full name': 'Борис', 'Mobile phone': '+79031234567' })
  })

  it('reads any text written with vCard 3.0 escapes and folding back as it was (property)', async () => {
    const text = fc
      .array(
        fc.constantFrom('А', 'я', 'Ё', 'a', ' ', ',', ';', '\\', ':', '\n', '«', '1', '—', '😀'),
        {
          maxLength: 120,
        },
      )
      .map((chars) => chars.join(''))
    await fc.assert(
      fc.asyncProperty(
        text,
        fc.integer({ min: 10, max: 80 }),
        fc.integer({ min: 1, max: 50 }),
        async (note, width, size) => {
          const escaped = note.replace(/[\\,;]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')
          // Folded every `width` octets, as the RFC says: inside a character's bytes too.
          const line = Buffer.from(`NOTE:${escaped}`, 'utf8')
          const lines: Buffer[] = []
          for (let i = 0; i < line.length; i += width) lines.push(line.subarray(i, i + width))
          const file = Buffer.concat([
            Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\n'),
            Buffer.concat(
              lines.flatMap((part, i) => (i === 0 ? [part] : [Buffer.from('\r\n '), part])),
            ),
            Buffer.from('\r\nEND:VCARD\r\n'),
          ])
          const [, one] = await readBytes(file, 'UTF-8', size)
          expect(asCard(one).Note).toBe(note.trim())
        },
      ),
      { numRuns: 150 },
    )
  })
})

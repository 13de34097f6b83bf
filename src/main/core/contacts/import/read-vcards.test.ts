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
      'Other phone': '8 495 765-43-21',
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
      'Other phone': '+7 495 555-44-33',
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
      'Other phone': '+7-495-765-43-21',
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
      'Other phone': '+74951234567 ::: +74957654321',
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
})

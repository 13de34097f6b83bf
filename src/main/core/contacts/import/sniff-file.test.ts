import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '../../test-support/temp-dir'
import { FileProblemError } from './file-problem'
import { detectEncoding, guessDelimiter, sniffFile } from './sniff-file'
import {
  emptyFile,
  encodeText,
  excelUnicodeText,
  googleCurrentCsv,
  russianExcelCsv,
  tableText,
  vcard21Android,
  vcard30Iphone,
  vcard40,
  writeFixture,
  xlsxBytes,
  type FixtureEncoding,
} from './test-fixtures'

describe('detectEncoding', () => {
  const russian = 'ФИО;Телефон\r\nСемён Ёлкин;8 916 123-45-67\r\nЩукина Юлия;+7 903 765 43 21\r\n'

  it.each([
    ['utf8', 'UTF-8', 0],
    ['utf8-bom', 'UTF-8', 3],
    ['utf16le-bom', 'UTF-16LE', 2],
    ['utf16be-bom', 'UTF-16BE', 2],
    ['windows-1251', 'windows-1251', 0],
  ] as [FixtureEncoding, string, number][])(
    'tells %s apart and skips its byte-order mark',
    (encoding, expected, bomLength) => {
      const bytes = encodeText(russian, encoding)
      const found = detectEncoding(bytes)
      expect(found).toEqual({ encoding: expected, bomLength })
      expect(iconv.decode(bytes.subarray(found.bomLength), found.encoding)).toBe(russian)
    },
  )

  it('reads Excel "Unicode text" saved without a BOM as UTF-16', () => {
    expect(detectEncoding(Buffer.from(excelUnicodeText(), 'utf16le')).encoding).toBe('UTF-16LE')
    expect(detectEncoding(iconv.encode(excelUnicodeText(), 'utf16-be')).encoding).toBe('UTF-16BE')
  })

  it('takes short Russian Excel tables for windows-1251, whatever letters they hold', () => {
    for (const text of [
      'ФИО;Телефон\r\n',
      'Имя;Номер\r\nЁлка;1\r\n',
      'Фамилия;Имя;Отчество;Телефон\r\nЩербаков;Эдуард;Юрьевич;89161234567\r\n',
      'Клиент;Тел.\r\nООО «Ромашка»;8 495 000-00-00\r\n',
      'Покупатель,Телефон\nжанна,9161234567\n',
      // These few lines the detector alone took for ISO-8859-5, Hebrew and Shift_JIS.
      'после;ФИО;891655\r\n',
      '«Ромашка»;Имя;№5;891638\r\n',
      'Имя;№5;891619\r\n',
      'Чайкин;после;ФИО;ООО;891681\r\n',
      'Сергій;Ўладзімір;МойСклад\r\n',
    ]) {
      const found = detectEncoding(iconv.encode(text, 'win1251'))
      expect(found.encoding, text).toBe('windows-1251')
    }
  })

  it('still knows other Cyrillic code pages and Latin text when the words say so', () => {
    const text = 'Фамилия;Имя;Телефон\r\nПетрова;Анна;89161234567\r\nЩукин;Эдуард;89031234567\r\n'
    expect(detectEncoding(iconv.encode(text, 'koi8-r')).encoding).toBe('KOI8-R')
    expect(detectEncoding(iconv.encode(text, 'cp866')).encoding).toBe('IBM866')
    const latin = 'Name;Phone\r\nMüller;+49 30 1234567\r\nJosé Ñandú;+34 600 000 000\r\n'
    expect(detectEncoding(iconv.encode(latin, 'latin1')).encoding).toBe('ISO-8859-1')
  })

  it('calls plain ASCII UTF-8', () => {
    expect(detectEncoding(Buffer.from('Name,Phone\r\nAnna,+79161234567\r\n'))).toEqual({
      encoding: 'UTF-8',
      bomLength: 0,
    })
  })

  it('forgives a UTF-8 letter cut in two at the end of a full sample', () => {
    const head = Buffer.from('Имя,Телефон\r\n')
    const sample = Buffer.concat([
      head,
      Buffer.alloc(64 * 1024 - head.length - 1, 'a'),
      Buffer.from('Я').subarray(0, 1),
    ])
    expect(sample.length).toBe(64 * 1024)
    expect(detectEncoding(sample).encoding).toBe('UTF-8')
  })

  it('refuses binary files such as a spreadsheet saved as .xlsx', () => {
    expect(() => detectEncoding(xlsxBytes())).toThrow(FileProblemError)
    try {
      detectEncoding(xlsxBytes())
    } catch (error) {
      expect(error).toMatchObject({ code: 'binary_file', line: null })
    }
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])
    expect(() => detectEncoding(png)).toThrow(FileProblemError)
  })
})

describe('guessDelimiter', () => {
  it('picks the one that splits the header most', () => {
    expect(guessDelimiter('Name,Phone,Notes\r\nA;B,1,2\r\n')).toBe(',')
    expect(guessDelimiter('ФИО;Телефон;Группа\r\nИванов, Иван;1;2\r\n')).toBe(';')
    expect(guessDelimiter('ФИО\tТелефон\tГруппа\r\n')).toBe('\t')
    // Rupor's own Russian export: quoted cells, commas only inside the quotes.
    expect(
      guessDelimiter('"Строка";"Фамилия, имя, отчество";"Телефоны: рабочий, личный"\r\n'),
    ).toBe(';')
  })

  it('looks only at the header line, even when it has a quoted line break', () => {
    expect(guessDelimiter('"Name\nfull";Phone\r\na,b,c,d,e\r\n')).toBe(';')
  })

  it('gives "," for a one-column file', () => {
    expect(guessDelimiter('Phone\r\n+79161234567\r\n')).toBe(',')
    expect(guessDelimiter('')).toBe(',')
  })
})

describe('sniffFile', () => {
  const tempDir = useTempDir()

  it.each([
    ['Google export, UTF-8 without BOM', googleCurrentCsv(), 'utf8', 'UTF-8', ',', 0],
    ['Google export, UTF-8 with BOM', googleCurrentCsv(), 'utf8-bom', 'UTF-8', ',', 3],
    ['Excel Unicode text', excelUnicodeText(), 'utf16le-bom', 'UTF-16LE', '\t', 2],
    ['UTF-16BE with BOM', excelUnicodeText(), 'utf16be-bom', 'UTF-16BE', '\t', 2],
    ['Russian Excel', russianExcelCsv(), 'windows-1251', 'windows-1251', ';', 0],
  ] as [string, string, FixtureEncoding, string, string, number][])(
    '%s',
    async (_, text, encoding, expected, delimiter, bomLength) => {
      const path = writeFixture(tempDir(), 'contacts.csv', text, encoding)
      expect(await sniffFile(path)).toEqual({
        format: 'csv',
        encoding: expected,
        encodingLabel: expected,
        bomLength,
        delimiter,
      })
    },
  )

  it.each([
    ['2.1 (Android)', vcard21Android, 'utf8'],
    ['3.0 (iPhone)', vcard30Iphone, 'utf8'],
    ['4.0 (macOS)', vcard40, 'utf8'],
    ['3.0 with a BOM', vcard30Iphone, 'utf8-bom'],
    ['3.0 in UTF-16', vcard30Iphone, 'utf16le-bom'],
  ] as [string, string, FixtureEncoding][])('knows vCard %s', async (_, text, encoding) => {
    const path = writeFixture(tempDir(), 'contacts.vcf', text, encoding)
    expect(await sniffFile(path)).toMatchObject({ format: 'vcard', delimiter: '' })
  })

  it('reads only the start of a big file', async () => {
    const rows = [['Name', 'Phone']]
    for (let i = 0; i < 20_000; i++) rows.push([`Клиент ${i}`, `+7916${1_000_000 + i}`])
    const path = writeFixture(tempDir(), 'big.csv', tableText(rows, { delimiter: ';' }))
    expect(await sniffFile(path)).toMatchObject({ encoding: 'UTF-8', delimiter: ';' })
  })

  it('does not fail on an empty file (the reader then finds no header)', async () => {
    const path = writeFixture(tempDir(), 'empty.csv', emptyFile)
    expect(await sniffFile(path)).toMatchObject({ format: 'csv', bomLength: 0 })
  })

  it('names a binary file as such', async () => {
    const path = writeFixture(tempDir(), 'contacts.xlsx', xlsxBytes())
    await expect(sniffFile(path)).rejects.toMatchObject({ code: 'binary_file' })
  })
})

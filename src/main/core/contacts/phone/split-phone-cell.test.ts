import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { beforeExtension } from './phone-extension'
import { splitPhoneCell } from './split-phone-cell'

describe('splitPhoneCell', () => {
  it.each([
    ['+7 916 123-45-67 ::: +7 903 765-43-21', ['+7 916 123-45-67', '+7 903 765-43-21']],
    ['8 916 123-45-67, 8 903 765-43-21', ['8 916 123-45-67', '8 903 765-43-21']],
    ['89161234567/89037654321', ['89161234567', '89037654321']],
    ['8 916 123-45-67 / 8 (495) 123-45-67', ['8 916 123-45-67', '8 (495) 123-45-67']],
    ['89161234567; 89037654321', ['89161234567', '89037654321']],
    ['89161234567 | 89037654321', ['89161234567', '89037654321']],
    ['89161234567\n89037654321', ['89161234567', '89037654321']],
    ['89161234567\r\n89037654321', ['89161234567', '89037654321']],
    ['89161234567 или 89037654321', ['89161234567', '89037654321']],
    ['89161234567 or 89037654321', ['89161234567', '89037654321']],
  ])('splits %j', (cell, numbers) => {
    expect(splitPhoneCell(cell)).toEqual(numbers)
  })

  it('keeps one number whole, with its spaces, brackets and dashes as written', () => {
    expect(splitPhoneCell(' +7 (916) 123-45-67 ')).toEqual(['+7 (916) 123-45-67'])
  })

  it.each([
    '+7 495 123-45-67, доб. 102',
    '+7 495 123-45-67; ext. 102',
    '+7-495-123-45-67;ext=102',
    '+7 495 123-45-67, x102',
    '+7 495 123-45-67 / вн. 102',
  ])('never makes the extension of %j a number of its own', (cell) => {
    expect(splitPhoneCell(cell)).toEqual([cell])
  })

  it('drops empty parts', () => {
    expect(splitPhoneCell('')).toEqual([])
    expect(splitPhoneCell('  ')).toEqual([])
    expect(splitPhoneCell(' ::: 89161234567 ::: ')).toEqual(['89161234567'])
    expect(splitPhoneCell(',,89161234567,,')).toEqual(['89161234567'])
  })

  it('splits a cell exactly as the separators alone do, the cells it does not look into too', () => {
    // The split as it was, through the pattern every time.
    const separators = new RegExp(
      String.raw`\s*:::\s*|[,;/|\n\r]+(?!${beforeExtension})|\s+(?:или|or)\s+`,
      'iu',
    )
    const throughThePattern = (cell: string): string[] =>
      cell
        .split(separators)
        .map((part) => part.trim())
        .filter((part) => part !== '')
    const piece = fc.constantFrom(
      '8 916 123-45-67',
      '+7',
      '(495)',
      ' ',
      '\u00a0',
      ',',
      ';',
      '/',
      '|',
      '\n',
      '\r',
      ':::',
      ':',
      ' или ',
      ' ИЛИ ',
      ' or ',
      'OR',
      'доб. 12',
      'ext',
      '\t',
      'x',
      '',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const cell = pieces.join('')
        expect(splitPhoneCell(cell)).toEqual(throughThePattern(cell))
      }),
      { numRuns: 2000 },
    )
  })
})

import { describe, expect, it } from 'vitest'
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
})

import { describe, expect, it } from 'vitest'
import {
  fileSizeText,
  maxNumberFileBytes,
  numberFileImport,
  numberFileProblem,
  readNumberFile,
} from './number-file'

/** Reads base64 back into bytes, independently of the code under test. */
const decode = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))

const fileOf = (bytes: Uint8Array, name = 'numbers.csv') => ({
  name,
  size: bytes.length,
  arrayBuffer: () => Promise.resolve(bytes.slice().buffer),
})

describe('numberFileProblem', () => {
  it('takes files up to 5 MB, and refuses empty ones', () => {
    expect(numberFileProblem(1)).toBeUndefined()
    expect(numberFileProblem(maxNumberFileBytes)).toBeUndefined()
    expect(numberFileProblem(maxNumberFileBytes + 1)).toBe('too_large')
    expect(numberFileProblem(0)).toBe('empty')
  })

  it('keeps the largest file inside what the core accepts as base64', () => {
    expect(Math.ceil(maxNumberFileBytes / 3) * 4).toBeLessThanOrEqual(7_000_000)
  })
})

describe('readNumberFile', () => {
  it('reads the bytes as they are (any encoding) into base64', async () => {
    // "Тел" in Windows-1251, then a number.
    const bytes = new Uint8Array([0xd2, 0xe5, 0xeb, 0x0d, 0x0a, 0x38, 0x39, 0x31, 0x36])
    const read = await readNumberFile(fileOf(bytes, 'отказ.csv'))
    expect(read).toEqual({ ok: true, fileName: 'отказ.csv', base64: '0uXrDQo4OTE2' })
    if (read.ok) expect(decode(read.base64)).toEqual(bytes)
  })

  it('does not read a file that is too large', async () => {
    let read = false
    const file = {
      name: 'big.csv',
      size: maxNumberFileBytes + 10,
      arrayBuffer: () => {
        read = true
        return Promise.resolve(new ArrayBuffer(0))
      },
    }
    await expect(readNumberFile(file)).resolves.toEqual({ ok: false, problem: 'too_large' })
    expect(read).toBe(false)
  })

  it('says so when the file cannot be read any more', async () => {
    const file = {
      name: 'gone.csv',
      size: 10,
      arrayBuffer: () => Promise.reject(new Error('NotFoundError')),
    }
    await expect(readNumberFile(file)).resolves.toEqual({ ok: false, problem: 'unreadable' })
  })
})

describe('numberFileImport', () => {
  const sent: { fileName: string; base64: string }[] = []
  const form = numberFileImport(
    (problem, fileName) => `${problem}: ${fileName}`,
    (read) => {
      sent.push(read)
      return Promise.resolve()
    },
  )

  it('refuses a file by its size at once, and sends a readable one as base64', async () => {
    expect(form.refuse({ name: 'big.csv', size: maxNumberFileBytes + 1 })).toBe(
      'too_large: big.csv',
    )
    expect(form.refuse({ name: 'empty.csv', size: 0 })).toBe('empty: empty.csv')
    expect(form.refuse({ name: 'ok.csv', size: 3 })).toBeUndefined()
    await expect(form.send(fileOf(new Uint8Array([0x38, 0x39, 0x31]), 'ok.csv'))).resolves.toBe(
      undefined,
    )
    expect(sent).toEqual([{ fileName: 'ok.csv', base64: 'ODkx' }])
  })

  it('says why a file could not be read, and sends nothing', async () => {
    const gone = { name: 'gone.csv', size: 10, arrayBuffer: () => Promise.reject(new Error('x')) }
    await expect(form.send(gone)).resolves.toBe('unreadable: gone.csv')
    expect(sent).toHaveLength(1)
  })
})

describe('fileSizeText', () => {
  it('writes sizes the way people read them', () => {
    expect(fileSizeText(812, 'en')).toBe('812 B')
    expect(fileSizeText(48 * 1024 + 100, 'en')).toBe('48 KB')
    expect(fileSizeText(3.25 * 1024 * 1024, 'en')).toBe('3.3 MB')
    expect(fileSizeText(3.25 * 1024 * 1024, 'ru')).toBe('3,3 MB')
  })
})

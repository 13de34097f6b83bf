import { describe, expect, it } from 'vitest'
import type { CallInput, CallName } from '../../../../shared/api'
import type { ApiClient } from '../../api/client'
import { bytesToBase64, chunkRanges, uploadFile } from './upload-file'

/** Reads base64 back into bytes, independently of the code under test. */
const decode = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))

function pseudoRandomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length)
  let seed = 12345
  for (let i = 0; i < length; i += 1) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    bytes[i] = seed >> 16
  }
  return bytes
}

describe('bytesToBase64', () => {
  it('encodes like btoa does for short text', () => {
    expect(bytesToBase64(new TextEncoder().encode('Рупор;+79161234567'))).toBe(
      btoa(String.fromCharCode(...new TextEncoder().encode('Рупор;+79161234567'))),
    )
    expect(bytesToBase64(new Uint8Array())).toBe('')
    expect(bytesToBase64(Uint8Array.of(0, 255, 128))).toBe('AP+A')
  })

  it('encodes a whole MiB of every byte value without overflowing the stack', () => {
    const bytes = pseudoRandomBytes(1024 * 1024 + 7)
    const decoded = decode(bytesToBase64(bytes))
    // Compared by hand: a deep equal of a million elements takes seconds.
    expect(decoded.length).toBe(bytes.length)
    expect(decoded.findIndex((byte, i) => byte !== bytes[i])).toBe(-1)
  })
})

describe('chunkRanges', () => {
  it('covers the file in order, without gaps or overlaps', () => {
    expect(chunkRanges(0, 4)).toEqual([])
    expect(chunkRanges(4, 4)).toEqual([{ start: 0, end: 4 }])
    expect(chunkRanges(10, 4)).toEqual([
      { start: 0, end: 4 },
      { start: 4, end: 8 },
      { start: 8, end: 10 },
    ])
  })
})

type Sent = { name: CallName; input: unknown }

function fakeApi(sent: Sent[]): Pick<ApiClient, 'call'> {
  return {
    call: (name: CallName, input: CallInput<CallName>) => {
      sent.push({ name, input })
      if (name === 'imports.create') return Promise.resolve({ importId: 'import-0001' })
      return Promise.resolve({ received: 0 })
    },
  }
}

describe('uploadFile', () => {
  it('creates the import, then sends every piece in order with its offset', async () => {
    const bytes = pseudoRandomBytes(10)
    const file = new File([bytes], 'клиенты.csv')
    const sent: Sent[] = []
    const progress: number[] = []
    const importId = await uploadFile(fakeApi(sent), file, {
      chunkSize: 4,
      signal: new AbortController().signal,
      onProgress: (n) => progress.push(n),
    })

    expect(importId).toBe('import-0001')
    expect(sent[0]).toEqual({
      name: 'imports.create',
      input: { fileName: 'клиенты.csv', size: 10 },
    })
    const chunks = sent.slice(1).map(({ name, input }) => {
      expect(name).toBe('imports.appendChunk')
      return input as { importId: string; offset: number; data: string }
    })
    expect(chunks.map((c) => c.offset)).toEqual([0, 4, 8])
    expect(chunks.every((c) => c.importId === 'import-0001')).toBe(true)
    expect(Uint8Array.from(chunks.flatMap((c) => [...decode(c.data)]))).toEqual(bytes)
    expect(progress).toEqual([4, 8, 10])
  })

  it('sends no piece of an empty file', async () => {
    const sent: Sent[] = []
    await uploadFile(fakeApi(sent), new File([], 'empty.csv'), {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    })
    expect(sent.map((s) => s.name)).toEqual(['imports.create'])
  })

  it('stops between pieces once aborted', async () => {
    const sent: Sent[] = []
    const controller = new AbortController()
    const upload = uploadFile(fakeApi(sent), new File([pseudoRandomBytes(12)], 'a.csv'), {
      chunkSize: 4,
      signal: controller.signal,
      onProgress: (n) => {
        if (n === 4) controller.abort()
      },
    })
    await expect(upload).rejects.toThrow()
    expect(sent.map((s) => s.name)).toEqual(['imports.create', 'imports.appendChunk'])
  })
})

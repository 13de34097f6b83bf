// The channel between the import's parser thread and its writer, over a real MessageChannel: the
// rows arrive whole and in order, the parser never runs more than a few batches ahead of a slow
// writer (memory stays flat on a million rows), and every way the reading can end is heard.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { describe, expect, it } from 'vitest'
import { importTableLimits, type MappingTarget } from '../../../../shared/imports'
import { useTempDir } from '../../test-support/temp-dir'
import { FileProblemError } from './file-problem'
import type { ImportJob } from './import-job'
import { parsedRowsFrom, ParserStopped, postParsedRows } from './parsed-rows-channel'
import { parsedRows, type ParsedItem } from './parsed-rows'

const header = 'Name,Phone'
const person = (i: number): string =>
  `Покупатель ${String(i)},+7 916 ${String(1_000_000 + i).slice(1, 4)}-${String(i % 100).padStart(2, '0')}-${String(i % 97).padStart(2, '0')}`

describe('the channel from the import’s parser to its writer', () => {
  const tempDir = useTempDir()

  function jobFor(lines: string[], mapping: MappingTarget[] = ['fullName', 'phone']): ImportJob {
    const path = join(tempDir(), 'file.csv')
    const text = `${lines.join('\n')}\n`
    writeFileSync(path, text)
    return {
      importId: 'import-1',
      fileName: 'file.csv',
      path,
      fileSize: Buffer.byteLength(text),
      input: { importId: 'import-1', mapping, consent: 'unknown' },
      country: 'RU',
    }
  }

  const rowsOf = (items: ParsedItem[]) =>
    items.flatMap((item) => (item.kind === 'rows' ? item.rows : []))

  it('brings every row in file order, and the parser stays a few batches ahead of a slow writer', async () => {
    const people = 12_000
    const job = jobFor([header, ...Array.from({ length: people }, (_, i) => person(i))])
    const { port1, port2 } = new MessageChannel()
    let posted = 0
    const post = port1.postMessage.bind(port1)
    port1.postMessage = (message: unknown) => {
      posted += 1
      post(message)
    }
    const reading = postParsedRows(port1, job)
    const items: ParsedItem[] = []
    let mostAhead = 0
    for await (const item of parsedRowsFrom(port2, new AbortController().signal)) {
      items.push(item)
      // A slow writer: the parser meanwhile reads on, as far as the channel lets it.
      await new Promise((resolve) => setTimeout(resolve, 5))
      mostAhead = Math.max(mostAhead, posted - items.length)
    }
    await reading
    expect(items[0]).toEqual({ kind: 'headers', headers: ['Name', 'Phone'] })
    const rows = rowsOf(items)
    expect(rows.map(([line]) => line)).toEqual(Array.from({ length: people }, (_, i) => i + 2))
    expect(rows[5]?.[1]).toBe('Покупатель 5')
    expect(JSON.parse(rows[5]?.[12] ?? '')).toEqual(person(5).split(','))
    // Batches and the end posted, never more than four beyond what the writer took.
    expect(items.length).toBeGreaterThan(10)
    expect(mostAhead).toBeLessThanOrEqual(5)
  })

  it('sends long rows in smaller batches, so a few megabytes at most are held at once', async () => {
    const note = 'н'.repeat(200_000)
    const lines = [
      `${header},Notes`,
      ...Array.from({ length: 60 }, (_, i) => `${person(i)},${note}`),
    ]
    const job = jobFor(lines, ['fullName', 'phone', 'notes'])
    const sizes: number[] = []
    for await (const item of parsedRows(job, new AbortController().signal)) {
      if (item.kind === 'rows') sizes.push(item.rows.length)
    }
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60)
    // 200 000 characters a row: twenty rows make four million.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(20)
  })

  it('estimates the rows as it reads, never under those read, and says them exactly at the end', async () => {
    // Short rows first, long ones after: an average over the start overshoots the end.
    const lines = [
      `${header},Notes`,
      ...Array.from({ length: 3000 }, (_, i) => `${person(i)},`),
      ...Array.from({ length: 3000 }, (_, i) => `${person(3000 + i)},${'н'.repeat(i % 400)}`),
    ]
    const batches: { read: number; estimated: number }[] = []
    for await (const item of parsedRows(
      jobFor(lines, ['fullName', 'phone', 'notes']),
      new AbortController().signal,
    )) {
      if (item.kind === 'rows') batches.push({ read: item.rowsRead, estimated: item.rowsEstimated })
    }
    for (const { read, estimated } of batches) expect(estimated).toBeGreaterThanOrEqual(read)
    expect(batches.at(-1)).toEqual({ read: 6000, estimated: 6000 })
  })

  it('hands the writer the file’s problem, with its line, after the rows before it', async () => {
    const lines = [header, ...Array.from({ length: 2500 }, (_, i) => person(i))]
    lines.push('y'.repeat(importTableLimits.lineChars + 10))
    const { port1, port2 } = new MessageChannel()
    void postParsedRows(port1, jobFor(lines))
    const items: ParsedItem[] = []
    const reading = (async () => {
      for await (const item of parsedRowsFrom(port2, new AbortController().signal)) items.push(item)
    })()
    const error: unknown = await reading.catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(FileProblemError)
    expect(error).toMatchObject({ code: 'line_too_long', line: 2502 })
    expect(rowsOf(items).length).toBeGreaterThan(0)
  })

  it('fails the reading when the parser’s end closes without a word (its thread died)', async () => {
    const { port1, port2 } = new MessageChannel()
    port1.postMessage({ kind: 'headers', headers: ['Name'] } satisfies ParsedItem)
    port1.close()
    const seen: ParsedItem[] = []
    const error: unknown = await (async () => {
      for await (const item of parsedRowsFrom(port2, new AbortController().signal)) seen.push(item)
    })().catch((caught: unknown) => caught)
    expect(seen).toEqual([{ kind: 'headers', headers: ['Name'] }])
    expect(error).toBeInstanceOf(ParserStopped)
  })

  it('fails the reading on a message that is not the file’s rows', async () => {
    const { port1, port2 } = new MessageChannel()
    port1.postMessage({
      kind: 'rows',
      rows: [
        [
          2,
          'Анна',
          '',
          '',
          '',
          '',
          '',
          ['+79161234567', '8 916 123-45-67', 'cell', '', '1'],
          [],
          null,
          null,
          null,
          '[]',
        ],
      ],
      problems: [],
      rowsRead: 1,
      rejected: 0,
      rowsEstimated: 1,
    })
    const error: unknown = await (async () => {
      for await (const _item of parsedRowsFrom(port2, new AbortController().signal)) {
        // nothing is taken
      }
    })().catch((caught: unknown) => caught)
    expect(String(error)).toContain('said something unexpected')
    port1.close()
  })

  it('a cancel is heard while the writer waits for the next batch', async () => {
    const { port1, port2 } = new MessageChannel()
    const controller = new AbortController()
    const items = parsedRowsFrom(port2, controller.signal)
    const waiting = items.next()
    setTimeout(() => controller.abort(new Error('cancelled by the owner')), 10)
    await expect(waiting).rejects.toThrow('cancelled by the owner')
    port1.close()
  })
})

// The real host process under hostile HTTP: malformed JSON, wrong content types, bodies that are
// not objects, calls that do not exist, and a burst of near-miss payloads for every call of the
// contract. Each gets a 4xx answer in the error envelope, nothing changes, and the host goes on.
import { expect, test } from '@playwright/test'
import fc from 'fast-check'
import { request } from 'node:http'
import { join } from 'node:path'
import { callNames, calls } from '../src/shared/api'
import type { ContactPage } from '../src/shared/contacts'
import { importTableLimits } from '../src/shared/imports'
import {
  openDataDigest,
  type DataDigest,
} from '../src/main/core/test-support/payload-fuzz/data-digest'
import { inputJsonSchema } from '../src/main/core/test-support/payload-fuzz/json-schema'
import { nearMiss } from '../src/main/core/test-support/payload-fuzz/near-miss'
import { maxBodyBytes } from '../src/main/host/http-server'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOfEveryone, saveShopNumber, twoCustomers } from './support/shop'

/** Near misses per call in the burst. */
const burstPerCall = 6

let host: HostProcess
let digest: DataDigest
test.beforeEach(async () => {
  host = await startHostProcess({ dataDir: newDataDir() })
  await importCsv(host, twoCustomers)
  const list = await listOfEveryone(host, 'Постоянные')
  const sender = await saveShopNumber(host)
  await callHost(host, 'campaigns.save', {
    name: 'Весна',
    senderId: sender.id,
    listIds: [list.id],
    text: 'Здравствуйте, {{first_name}}!',
  })
  digest = openDataDigest(host.dataDir, join(host.dataDir, 'rupor.db'))
})
test.afterEach(async () => {
  digest.close()
  await host.stop()
})

interface Answer {
  status: number
  contentType: string
  json: unknown
}

/**
 * A call on a connection of its own (no keep-alive: a socket the host closed when idle would fail
 * a reused request for reasons that have nothing to do with the payload).
 */
const post = (name: string, body: string, contentType = 'application/json') =>
  new Promise<Answer>((resolve, reject) => {
    const headers = { Authorization: `Bearer ${host.token}`, 'Content-Type': contentType }
    const req = request(`${host.origin}/api/${name}`, { method: 'POST', headers, agent: false })
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        const json: unknown = JSON.parse(text)
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? '',
          json,
        })
      })
    })
    req.on('error', reject)
    req.end(body)
  })

/** The answer is the error envelope with this code, under a 4xx status. */
function expectRefused(answer: Answer, code: string): void {
  expect(answer.status).toBeGreaterThanOrEqual(400)
  expect(answer.status).toBeLessThan(500)
  expect(answer.contentType).toContain('application/json')
  expect(answer.json).toMatchObject({ ok: false, error: { code, message: expect.any(String) } })
}

/** A valid call still works: the host is alive and answering. */
async function expectStillServing(): Promise<void> {
  const answer = await post('lists.all', '{}')
  expect(answer.status).toBe(200)
  expect(answer.json).toMatchObject({ ok: true, value: [{ name: 'Постоянные' }] })
}

test('malformed JSON, wrong content types and non-object bodies are refused', async () => {
  const before = digest.take()
  const malformed = [
    '{',
    '{"id": ',
    "{'id': 1}",
    '{"id": 1}}',
    '[1,,2]',
    'NaN',
    '\u0000',
    '{"id":1}x',
  ]
  for (const body of malformed) expectRefused(await post('contacts.delete', body), 'invalid_input')

  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'text/html', '']) {
    const response = await post('contacts.delete', '{"ids":[1]}', type)
    expect(response.status, type).toBe(415)
    expectRefused(response, 'invalid_input')
  }

  for (const body of ['[]', '[{"ids":[1]}]', '"ids"', '42', 'true', '{"ids":{"0":1}}']) {
    const response = await post('contacts.delete', body)
    expect(response.status, body).toBe(400)
    expectRefused(response, 'invalid_input')
  }
  expect(digest.take()).toBe(before)
  await expectStillServing()
})

test('calls that do not exist are refused by name, prototype names included', async () => {
  const names = [
    'contacts.dropAll',
    '__proto__',
    'constructor',
    'hasOwnProperty',
    'toString',
    'settings.get%2F..%2Fcontacts.delete',
    'x'.repeat(5_000),
    '%00',
  ]
  for (const name of names) {
    const response = await post(name, '{}')
    expect(response.status, name).toBe(404)
    expectRefused(response, 'unknown_call')
  }
  await expectStillServing()
})

test('a burst of near-miss payloads for every call: all refused, nothing changed', async () => {
  test.setTimeout(120_000)
  const before = digest.take()
  const burst: { name: string; body: string }[] = []
  for (const name of callNames) {
    const schema = calls[name].input
    for (const payload of fc.sample(nearMiss(inputJsonSchema(schema)), 200)) {
      // What HTTP can carry: JSON. The host reads an empty body as {}.
      const body = toJson(payload)
      // Bodies over the limit are cut off with 413 (host-security.spec.ts), not answered 400.
      if (body === undefined || Buffer.byteLength(body) > maxBodyBytes) continue
      // Dispatch reads null as {} too.
      if (schema.safeParse((JSON.parse(body || '{}') as unknown) ?? {}).success) continue
      burst.push({ name, body })
      if (burst.filter((sent) => sent.name === name).length === burstPerCall) break
    }
  }
  expect(burst.length).toBeGreaterThan(callNames.length * 3)
  const answers = await Promise.all(burst.map(({ name, body }) => post(name, body)))
  for (const [index, answer] of answers.entries()) {
    expect(answer.status, JSON.stringify(burst[index]).slice(0, 300)).toBe(400)
    expectRefused(answer, 'invalid_input')
  }
  expect(digest.take()).toBe(before)
  await expectStillServing()
})

/** The payload as JSON, or undefined for what JSON cannot carry (BigInt). */
function toJson(payload: unknown): string | undefined {
  try {
    return payload === undefined ? '' : JSON.stringify(payload)
  } catch {
    return undefined
  }
}

/** Bytes of file per appendChunk: 4 MiB once in base64, under the contract's chunk limit. */
const fileChunkBytes = 3 * 1024 * 1024

/** A contacts file no export writes, and the problem it must be refused with. */
interface HostileFile {
  text: string
  problem: 'too_many_columns' | 'line_too_long'
  line: number
}

const hostileFile: fc.Arbitrary<HostileFile> = fc.oneof(
  // A header (or a row below a good one) wider than the limit: one-letter names keep it short.
  fc
    .tuple(
      fc.constantFrom(importTableLimits.columns + 1, 20_000, 200_000),
      fc.boolean(),
      fc.constantFrom(',', ';', '\t'),
    )
    .map(([columns, below, delimiter]): HostileFile => {
      const wide = Array<string>(columns).fill('a').join(delimiter)
      const good = `Анна${delimiter}+79161234567`
      return below
        ? {
            text: `Name${delimiter}Phone\n${good}\n${wide}\n`,
            problem: 'too_many_columns',
            line: 3,
          }
        : { text: `${wide}\n${good}\n`, problem: 'too_many_columns', line: 1 }
    }),
  // A line longer than the limit, with or without a quote, up to 30 MB.
  fc
    .tuple(
      fc.constantFrom(importTableLimits.lineChars + 1, 5_000_000, 30 * 1024 * 1024),
      fc.constantFrom('', '"', 'Анна,"'),
    )
    .map(([length, start]): HostileFile => ({
      text: `Name,Phone\r\nАнна,+79161234567\r\n${start}${'x'.repeat(length)}\r\n`,
      problem: 'line_too_long',
      line: 3,
    })),
)

test('contact files past the limits: each refused in a moment with its reason, the book kept', async () => {
  test.setTimeout(120_000)
  const book = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  const files = fc.sample(hostileFile, { numRuns: 6, seed: 18 })
  expect(new Set(files.map((file) => file.problem)).size).toBe(2)
  for (const file of files) {
    const bytes = Buffer.from(file.text, 'utf8')
    const { importId } = await callHost<{ importId: string }>(host, 'imports.create', {
      fileName: 'hostile.csv',
      size: bytes.length,
    })
    for (let offset = 0; offset < bytes.length; offset += fileChunkBytes) {
      const data = bytes.subarray(offset, offset + fileChunkBytes).toString('base64')
      await callHost(host, 'imports.appendChunk', { importId, offset, data })
    }
    const answer = await post('imports.preview', JSON.stringify({ importId }))
    expect(answer.status).toBe(422)
    expect(answer.json).toMatchObject({
      ok: false,
      error: { code: 'file_problem', details: { problem: file.problem, line: file.line } },
    })
  }
  expect(await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })).toEqual(book)
  await expectStillServing()
})

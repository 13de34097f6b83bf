// Every call of the contract, fed random near misses of its own schema: a payload the schema
// rejects gets the validation error and changes nothing; one it accepts never crashes the core.
// Calls are read from the contract, so a call added later is fuzzed without touching this file.
import fc from 'fast-check'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callNames, calls } from '../../shared/api'
import { databaseFileName, type Core } from './create-core'
import { dispatch } from './dispatch'
import { setUpCloudCore } from './test-support/cloud-core'
import type { CloudApiTestServer } from './test-support/cloud-api-server'
import { callCore } from './test-support/import-file'
import { openDataDigest, type DataDigest } from './test-support/payload-fuzz/data-digest'
import {
  inputJsonSchema,
  keywordsOf,
  understoodKeywords,
} from './test-support/payload-fuzz/json-schema'
import { nearMiss } from './test-support/payload-fuzz/near-miss'

/** Per call; ~80 calls × this stays within a few seconds. */
const runsPerCall = 25

interface SeededBook {
  core: Core
  digest: DataDigest
}

describe('the contract under random near-miss payloads', () => {
  const servers: CloudApiTestServer[] = []
  const dirs: string[] = []
  /** Rejected payloads go here: its data must never change. */
  let book: SeededBook
  /** Accepted payloads go here, so they cannot empty the book the rejected ones are checked on. */
  let scratch: SeededBook

  async function seededBook(): Promise<SeededBook> {
    const dir = mkdtempSync(join(tmpdir(), 'rupor-fuzz-'))
    dirs.push(dir)
    const { core, campaignWith } = await setUpCloudCore(dir, servers)
    // Contacts, a list and a Cloud API sender with a token come with the set-up; a campaign too.
    await callCore(core, 'campaigns.start', { id: (await campaignWith('spring_sale')).id })
    await callCore(core, 'optOuts.addNumbers', { text: '+7 916 444-44-44' })
    const dataDir = join(dir, 'data')
    return { core, digest: openDataDigest(dataDir, join(dataDir, databaseFileName)) }
  }

  beforeAll(async () => {
    book = await seededBook()
    scratch = await seededBook()
  })
  afterAll(async () => {
    for (const { core, digest } of [book, scratch]) {
      digest.close()
      core.close()
    }
    for (const server of servers.splice(0)) await server.close()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  })

  it('describes every call with JSON Schema keywords the generators understand', () => {
    for (const name of callNames) {
      const unknown = [...keywordsOf(inputJsonSchema(calls[name].input))].filter(
        (keyword) => !understoodKeywords.has(keyword),
      )
      expect(unknown, name).toEqual([])
    }
  })

  it.each(callNames)(
    '%s: a rejected payload gets invalid_input and changes nothing',
    async (name) => {
      const schema = calls[name].input
      const unexpected: unknown[] = []
      let rejected = 0
      const everyRow = book.digest.take()
      await fc.assert(
        fc.asyncProperty(nearMiss(inputJsonSchema(schema)), async (payload) => {
          // Dispatch reads a missing payload as {}; the schema is asked the same question.
          if (schema.safeParse(payload ?? {}).success) {
            // Only "no crash" here: an accepted payload may fail as the call decides, and an
            // internal error it meets (logged, not thrown) belongs to that call's own tests.
            const result = await dispatch(scratch.core.handlers, name, payload, () => undefined)
            expect(typeof result.ok).toBe('boolean')
            return
          }
          rejected += 1
          const before = book.digest.quick()
          const result = await dispatch(book.core.handlers, name, payload, (error) =>
            unexpected.push(`${String(error)} ← ${fc.stringify(payload).slice(0, 300)}`),
          )
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
          if (!result.ok) expect(result.error.message).toContain(name)
          expect(book.digest.quick()).toBe(before)
        }),
        { numRuns: runsPerCall },
      )
      expect(book.digest.take()).toBe(everyRow)
      // Near misses must mostly be misses, or the test checks little.
      expect(rejected).toBeGreaterThan(runsPerCall / 2)
      expect(unexpected).toEqual([])
    },
  )
})

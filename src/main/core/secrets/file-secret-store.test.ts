import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTempDir } from '../test-support/temp-dir'
import { createFileSecretStore, type SecretCodec } from './file-secret-store'

// Stands in for the OS keychain: any reversible change of the bytes will do.
const xor = (bytes: Buffer): Buffer => Buffer.from(bytes.map((byte) => byte ^ 0x5a))
const scrambling: SecretCodec = {
  encrypted: true,
  encode: (plain) => xor(Buffer.from(plain, 'utf8')),
  decode: (stored) => xor(stored).toString('utf8'),
}

describe('file secret store', () => {
  const tempDir = useTempDir()

  it('keeps secrets across instances, stores only encoded bytes, and forgets deleted ones', async () => {
    const file = join(tempDir(), 'secrets.json')
    const store = createFileSecretStore(file, scrambling)
    await store.set('cloud-api-token', 'EAAG-secret')
    expect(readFileSync(file, 'utf8')).not.toContain('EAAG-secret')
    const again = createFileSecretStore(file, scrambling)
    expect(await again.get('cloud-api-token')).toBe('EAAG-secret')
    await again.delete('cloud-api-token')
    expect(await store.get('cloud-api-token')).toBeUndefined()
  })

  it('says every key’s state at once for a core in another process, even in a folder that is a file', async () => {
    const dir = tempDir()
    const store = createFileSecretStore(join(dir, 'secrets.json'), scrambling)
    await store.set('cloud-token-1', 'EAAG-1')
    expect(store.snapshot()).toEqual({
      states: { 'cloud-token-1': 'stored' },
      otherwise: 'missing',
    })
    // The host started on a file instead of a folder: the core refuses to open, saying why.
    const notAFolder = join(dir, 'secrets.json')
    expect(createFileSecretStore(join(notAFolder, 'secrets.json'), scrambling).snapshot()).toEqual({
      states: {},
      otherwise: 'missing',
    })
  })

  it('treats a secret another computer encrypted as not there, so the token is asked for again', async () => {
    const file = join(tempDir(), 'secrets.json')
    await createFileSecretStore(file, scrambling).set('cloud-api-token', 'EAAG-secret')
    const otherKeychain: SecretCodec = {
      ...scrambling,
      decode: () => {
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        )
      },
    }
    expect(await createFileSecretStore(file, otherKeychain).get('cloud-api-token')).toBeUndefined()
  })
})

describe('file secret store: a damaged file', () => {
  const tempDir = useTempDir()
  // The store says in the log that it set a file aside (names only): kept quiet here.
  beforeEach(() => vi.spyOn(console, 'warn').mockImplementation(() => undefined))
  afterEach(() => vi.restoreAllMocks())
  const at = Date.UTC(2026, 11, 1, 8, 30, 0)
  const storeIn = (dir: string) =>
    createFileSecretStore(join(dir, 'secrets.json'), scrambling, { now: () => at })

  /** Two tokens written by the store itself, and the file's bytes. */
  async function validFile(dir: string): Promise<string> {
    const store = storeIn(dir)
    await store.set('cloud-api-token:1', 'EAAG-first')
    await store.set('cloud-api-token:2', 'EAAG-second')
    return readFileSync(join(dir, 'secrets.json'), 'utf8')
  }

  it.each([
    ['garbage', () => 'PK\u0003\u0004 not json at all'],
    ['an empty file (cut off before anything was written)', () => ''],
    ['truncated JSON', (valid: string) => valid.slice(0, Math.floor(valid.length / 2))],
    ['an array', () => '["EAAG-first"]'],
    ['a value that is not a string', () => '{"cloud-api-token:1":42}'],
    ['null', () => 'null'],
  ])('reads %s as no token, keeps it aside, and takes a new token', async (_, damage) => {
    const dir = tempDir()
    const bad = damage(await validFile(dir))
    writeFileSync(join(dir, 'secrets.json'), bad)
    const store = storeIn(dir)

    expect(await store.get('cloud-api-token:1')).toBeUndefined()
    expect(store.state('cloud-api-token:1')).toBe('damaged')
    expect(store.state('cloud-api-token:2')).toBe('damaged')
    // Kept, byte for byte, under a name that says what it is: never deleted.
    const keptAs = join(dir, 'secrets.damaged-2026-12-01T08-30-00-000Z.json')
    expect(readFileSync(keptAs, 'utf8')).toBe(bad)
    expect(existsSync(join(dir, 'secrets.json'))).toBe(false)

    await store.set('cloud-api-token:1', 'EAAG-new')
    expect(await storeIn(dir).get('cloud-api-token:1')).toBe('EAAG-new')
    expect(store.state('cloud-api-token:1')).toBe('stored')
    // The other number's token is still lost, and still says why.
    expect(store.state('cloud-api-token:2')).toBe('damaged')
  })

  it('keeps each damaged file when two are found in the same millisecond', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'secrets.json'), 'first')
    expect(storeIn(dir).state('k')).toBe('damaged')
    writeFileSync(join(dir, 'secrets.json'), 'second')
    expect(storeIn(dir).state('k')).toBe('damaged')
    expect(readdirSync(dir).sort()).toEqual([
      'secrets.damaged-2026-12-01T08-30-00-000Z-2.json',
      'secrets.damaged-2026-12-01T08-30-00-000Z.json',
    ])
    expect(readFileSync(join(dir, 'secrets.damaged-2026-12-01T08-30-00-000Z-2.json'), 'utf8')).toBe(
      'second',
    )
  })

  it('never throws on any content, and reads a token only from a whole file of strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (content) => {
        const dir = tempDir()
        writeFileSync(join(dir, 'secrets.json'), content)
        const store = storeIn(dir)
        const state = store.state('k')
        expect(['stored', 'unreadable', 'missing', 'damaged']).toContain(state)
        const whole = (() => {
          try {
            const parsed: unknown = JSON.parse(content)
            return (
              typeof parsed === 'object' &&
              parsed !== null &&
              !Array.isArray(parsed) &&
              Object.values(parsed).every((v) => typeof v === 'string')
            )
          } catch {
            return false
          }
        })()
        // A damaged file is set aside; a whole one is left where it is.
        expect(existsSync(join(dir, 'secrets.json'))).toBe(whole)
        expect(state === 'damaged').toBe(!whole)
        rmSync(dir, { recursive: true, force: true })
      }),
      { numRuns: 150 },
    )
  })

  it('keeps the old tokens when a write is killed between writing the new file and the rename', async () => {
    const dir = tempDir()
    const valid = await validFile(dir)
    // What a process killed mid-write leaves: the new content, whole or cut short, beside the file.
    writeFileSync(join(dir, 'secrets.json.tmp'), '{"cloud-api-token:1":"cut sh')
    const store = storeIn(dir)
    expect(await store.get('cloud-api-token:1')).toBe('EAAG-first')
    expect(await store.get('cloud-api-token:2')).toBe('EAAG-second')
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).toBe(valid)
    // The next write goes through cleanly despite the leftover.
    await store.set('cloud-api-token:2', 'EAAG-replaced')
    expect(await storeIn(dir).get('cloud-api-token:2')).toBe('EAAG-replaced')
    expect(await storeIn(dir).get('cloud-api-token:1')).toBe('EAAG-first')
    expect(readdirSync(dir).sort()).toEqual(['secrets.json'])
  })

  it('writes the file readable by its owner only', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'secrets.json.tmp'), 'left over', { mode: 0o644 })
    await storeIn(dir).set('cloud-api-token:1', 'EAAG-first')
    if (process.platform !== 'win32') {
      expect(statSync(join(dir, 'secrets.json')).mode & 0o777).toBe(0o600)
    }
  })

  it('tells a missing token from one another computer encrypted', async () => {
    const dir = tempDir()
    await validFile(dir)
    const otherKeychain: SecretCodec = {
      ...scrambling,
      decode: () => {
        throw new Error(
          'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
        )
      },
    }
    const elsewhere = createFileSecretStore(join(dir, 'secrets.json'), otherKeychain)
    expect(elsewhere.state('cloud-api-token:1')).toBe('unreadable')
    expect(elsewhere.state('cloud-api-token:9')).toBe('missing')
    expect(storeIn(tempDir()).state('cloud-api-token:1')).toBe('missing')
  })
})

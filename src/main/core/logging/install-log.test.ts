import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { dispatch } from '../dispatch'
import type { Handlers } from '../handlers'
import { useTempDir } from '../test-support/temp-dir'
import { createTestCore } from '../test-support/test-core'
import { installLog, logFileOf, type InstalledLog } from './install-log'
import { createRotatingLogFile, olderLogFile } from './rotating-log-file'

/** What must never reach the file, each in the shapes it is written in. */
const phone = '+7 (916) 123-45-67'
const phoneDigits = '79161234567'
const name = 'Анна Петрова'
const text = 'Скидка 20% до воскресенья, приходите в субботу'
const latinText = 'Spring sale: 20% off until Sunday'
const token = 'EAAGm0PX4ZCpsBAKZAtoken9v1xQ2'
const secrets = [
  phone,
  phoneDigits,
  '916',
  '123-45-67',
  name,
  'Анна',
  'Петрова',
  'Скидка',
  latinText,
  token,
]

describe('the log file', () => {
  const tempDir = useTempDir()
  const installed: InstalledLog[] = []
  beforeEach(() => {
    // The terminal stays quiet in tests; the file is what is checked.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    for (const log of installed.splice(0)) log.uninstall()
    vi.restoreAllMocks()
  })
  const install = (dataDir: string, options?: Parameters<typeof installLog>[1]) => {
    const log = installLog(dataDir, { now: () => Date.UTC(2026, 11, 1, 8, 0, 0), ...options })
    installed.push(log)
    return log
  }
  const logOf = (dataDir: string): string => readFileSync(logFileOf(dataDir), 'utf8')

  it('keeps an internal error’s name, code and place, and none of the data its message carries', async () => {
    const dataDir = join(tempDir(), 'data')
    const { core } = createTestCore(dataDir)
    install(dataDir)
    const handlers = (thrown: () => never): Handlers => ({ ...core.handlers, 'app.info': thrown })
    const failures: (() => never)[] = [
      () => {
        throw new Error(`cannot message ${name} at ${phone}: "${text}" (token ${token})`)
      },
      () => {
        throw new TypeError(`${phoneDigits} ${latinText}`, {
          cause: Object.assign(new Error(`Bearer ${token}`), { code: 'ECONNRESET' }),
        })
      },
      // A JSON error quotes the input it choked on.
      () => {
        JSON.parse(`{"name": "${name}", "phone": ${phone}}`) as never
        throw new Error('unreachable')
      },
      () => {
        throw Object.assign(new RangeError(`${text} ${phone}`), { code: 'send_failed' })
      },
    ]
    for (const fail of failures) {
      const result = await dispatch(handlers(fail), 'app.info', {})
      expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    }
    core.close()

    const log = logOf(dataDir)
    for (const secret of secrets) expect(log).not.toContain(secret)
    // What there is instead: each error's name and code, the call, and where in the code it was.
    expect(log).toMatch(/ERROR app\.info failed: Error\n\s+at .*install-log\.test\.ts:\d+:\d+/)
    expect(log).toContain('TypeError')
    expect(log).toContain('caused by Error [ECONNRESET]')
    expect(log).toContain('SyntaxError')
    expect(log).toContain('RangeError [send_failed]')
    expect(log).toMatch(/^2026-12-01T08:00:00\.000Z ERROR /)
  })

  it('keeps SQLite’s own words, which name tables and columns, never values', async () => {
    const dataDir = join(tempDir(), 'data')
    const { core } = createTestCore(dataDir)
    install(dataDir)
    const failing: Handlers = {
      ...core.handlers,
      'app.info': () => {
        // A real constraint error, with personal data in the statement's values.
        throw sqliteError(dataDir)
      },
    }
    await dispatch(failing, 'app.info', {})
    core.close()
    const log = logOf(dataDir)
    expect(log).toMatch(
      /SqliteError \[SQLITE_CONSTRAINT_UNIQUE\] : UNIQUE constraint failed: t\.phone/,
    )
    for (const secret of secrets) expect(log).not.toContain(secret)
  })

  it('scrubs anything personal from what code writes as text, whatever it is', () => {
    const dataDir = join(tempDir(), 'data')
    install(dataDir)
    const separators = fc.constantFrom('', ' ', '-', '(', ')', ' (', ') ', '.')
    const phoneLike = fc
      .tuple(
        fc.boolean(),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), separators), {
          minLength: 6,
          maxLength: 15,
        }),
      )
      .map(
        ([plus, parts]) =>
          `${plus ? '+' : ''}${parts.map(([d, s]) => `${String(d)}${s}`).join('')}`,
      )
    const cyrillicWord = fc.string({
      unit: fc.integer({ min: 0x410, max: 0x44f }).map((c) => String.fromCharCode(c)),
      minLength: 1,
      maxLength: 12,
    })
    fc.assert(
      fc.property(phoneLike, cyrillicWord, (number, word) => {
        console.warn(`the number ${number} of ${word} was refused`)
        const log = logOf(dataDir)
        const digitRuns =
          log
            .split('\n')
            .at(-2)
            ?.match(/\d[\d\s\-().+]*\d/g) ?? []
        // Outside the line's own time, no 6 digits in a row survive, and no Cyrillic at all.
        const afterTime = (log.split('\n').at(-2) ?? '').slice(24)
        expect(afterTime.replace(/\D/g, '').length).toBeLessThan(6)
        expect(afterTime).not.toMatch(/[\u0400-\u04ff]/)
        expect(digitRuns.length).toBeGreaterThan(0)
      }),
      { numRuns: 200 },
    )
  })

  it('writes console.error and console.warn through, and stops when uninstalled', () => {
    const dataDir = join(tempDir(), 'data')
    const log = install(dataDir)
    console.warn('backup folder missing')
    console.error(new Error(`no ${token}`), 42, { phone, name }, [phone])
    log.uninstall()
    console.error('after uninstall')
    const written = logOf(dataDir)
    expect(written).toContain('WARN backup folder missing')
    expect(written).toContain('ERROR Error')
    expect(written).toContain('{object: phone, name}')
    expect(written).toContain('[array of 1]')
    expect(written).not.toContain('after uninstall')
    for (const secret of secrets) expect(written).not.toContain(secret)
    expect(log.file).toBe(join(dataDir, 'logs', 'rupor.log'))
  })

  it('rotates: at most the kept number of older files, none past the size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 0, maxLength: 300 }), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 64, max: 1024 }),
        fc.integer({ min: 0, max: 4 }),
        (entries, maxBytes, keep) => {
          const dir = tempDir()
          const file = join(dir, 'logs', 'rupor.log')
          const log = createRotatingLogFile({ file, maxBytes, keep })
          for (const entry of entries) log.append(`${entry}\n`)
          const names = readdirSync(join(dir, 'logs'))
          expect(names.length).toBeLessThanOrEqual(keep + 1)
          for (const n of names)
            expect(statSync(join(dir, 'logs', n)).size).toBeLessThanOrEqual(maxBytes)
          // The newest entry is at the end of the current file (cut to the size if it was longer).
          const last = Buffer.from(`${entries.at(-1) ?? ''}\n`)
          const current = readFileSync(file)
          if (last.length <= maxBytes)
            expect(current.subarray(-last.length).equals(last)).toBe(true)
          expect(names.every((n) => n === 'rupor.log' || /^rupor\.log\.[1-4]$/.test(n))).toBe(true)
        },
      ),
      { numRuns: 60 },
    )
  })

  it('keeps three older files of 1 MiB by default, oldest to newest with no entry lost between', () => {
    const dataDir = join(tempDir(), 'data')
    install(dataDir)
    const padding = 'x'.repeat(3000)
    const entries = 5 * 350
    for (let i = 0; i < entries; i++) console.warn(`entry ${String(i)} ${padding}`)
    const file = logFileOf(dataDir)
    expect(readdirSync(join(dataDir, 'logs')).sort()).toEqual([
      'rupor.log',
      'rupor.log.1',
      'rupor.log.2',
      'rupor.log.3',
    ])
    const files = [olderLogFile(file, 3), olderLogFile(file, 2), olderLogFile(file, 1), file]
    for (const f of files) expect(statSync(f).size).toBeLessThanOrEqual(1024 * 1024)
    // Read oldest first, the entries run on without a gap up to the last one written.
    const numbers = files
      .flatMap((f) => readFileSync(f, 'utf8').split('\n'))
      .filter((line) => line !== '')
      .map((line) => Number(/WARN entry (\d+) /.exec(line)?.[1]))
    expect(numbers.at(-1)).toBe(entries - 1)
    expect(numbers.every((n, i) => i === 0 || n === (numbers[i - 1] ?? 0) + 1)).toBe(true)
    // Three full files of 1 MiB hold over 1 000 of these entries; the oldest were dropped.
    expect(numbers.length).toBeGreaterThan(1000)
    expect(numbers.length).toBeLessThan(entries)
    expect(existsSync(olderLogFile(file, 4))).toBe(false)
  }, 30_000)
})

function sqliteError(dataDir: string): Error {
  const db = new Sqlite(join(dataDir, 'scratch.db'))
  db.exec('CREATE TABLE t (phone TEXT UNIQUE, name TEXT)')
  const insert = db.prepare('INSERT INTO t VALUES (?, ?)')
  insert.run(phone, name)
  try {
    insert.run(phone, name)
  } catch (error) {
    return error as Error
  } finally {
    db.close()
  }
  throw new Error('no constraint error')
}

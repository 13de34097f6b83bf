import { existsSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs'
import { basename, dirname, extname, join } from 'node:path'
import type { SecretSnapshot, SecretState, SecretStore } from '../capabilities'
import { writeFileDurably } from '../files/write-file-durably'

/** Turns a secret into bytes at rest and back: the OS keychain in Electron, plain in the host. */
export interface SecretCodec {
  encrypted: boolean
  encode(plain: string): Buffer
  decode(stored: Buffer): string
}

export const plainCodec: SecretCodec = {
  encrypted: false,
  encode: (plain) => Buffer.from(plain, 'utf8'),
  decode: (stored) => stored.toString('utf8'),
}

export interface FileSecretStoreOptions {
  /** Wall-clock time, for naming a damaged file set aside. */
  now?: () => number
}

/** `secrets.json` → `secrets.damaged-<time>.json`: where a damaged file is kept, never deleted. */
export function damagedCopyName(file: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  return `${damagedPrefixOf(file)}${stamp}${extname(file)}`
}

const damagedPrefixOf = (file: string): string => `${basename(file, extname(file))}.damaged-`

/** What a store file must hold: one object of base64 strings, nothing else. */
function entriesIn(text: string): Record<string, string> | null {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null
  const values = Object.values(parsed as Record<string, unknown>)
  return values.every((value) => typeof value === 'string')
    ? (parsed as Record<string, string>)
    : null
}

/**
 * Secrets in one JSON file (base64 of the encoded bytes), written durably (a temporary file,
 * flushed, renamed over). A file that is not such JSON — cut short, garbage, the wrong shape — is
 * set aside as `<name>.damaged-<time>.json` and read as holding nothing: each token is then asked
 * for again, saying why, instead of every Cloud API screen failing.
 */
export function createFileSecretStore(
  file: string,
  codec: SecretCodec,
  options: FileSecretStoreOptions = {},
): SecretStore & { snapshot(): SecretSnapshot } {
  const now = options.now ?? Date.now

  // The sender list and the scheduler ask for a token's state often (a forecast, per message):
  // the file is read again only when it changed, and a stored value is decrypted once.
  let read: { version: string; entries: Record<string, string> } | undefined
  const readable = new Map<string, boolean>()

  const load = (): Record<string, string> => {
    if (!existsSync(file)) return {}
    const stat = statSync(file)
    const version = `${String(stat.ino)}:${String(stat.mtimeMs)}:${String(stat.size)}`
    if (read?.version === version) return read.entries
    const entries = entriesIn(readFileSync(file, 'utf8'))
    if (entries) {
      read = { version, entries }
      return entries
    }
    let keptAs = damagedCopyName(file, now())
    // Two damaged files in one millisecond must not overwrite each other.
    for (let n = 2; existsSync(join(dirname(file), keptAs)); n += 1) {
      keptAs = damagedCopyName(file, now()).replace(/(\.[^.]*)?$/, `-${String(n)}$1`)
    }
    renameSync(file, join(dirname(file), keptAs))
    // Nothing of the content reaches the log; the copy's name has the time, which the log has too.
    console.warn(`secrets: ${basename(file)} was damaged; kept beside it as a damaged copy`)
    return {}
  }
  const save = (entries: Record<string, string>): void => {
    writeFileDurably(file, JSON.stringify(entries))
  }
  const wasDamaged = (): boolean => {
    const prefix = damagedPrefixOf(file)
    return readdirSync(dirname(file)).some((name) => name.startsWith(prefix))
  }
  const decoded = (stored: string): string | undefined => {
    try {
      return codec.decode(Buffer.from(stored, 'base64'))
    } catch {
      // Encrypted by another computer's keychain (a data folder copied to a new laptop): as good
      // as never entered, so the owner is asked for the token again instead of seeing an error.
      return undefined
    }
  }

  const absentState = (): SecretState => {
    try {
      return existsSync(dirname(file)) && wasDamaged() ? 'damaged' : 'missing'
    } catch {
      // A data "folder" that is not one (the core then refuses to open, saying why): nothing kept.
      return 'missing'
    }
  }
  const state = (key: string): SecretState => {
    const stored = load()[key]
    if (stored !== undefined) {
      let ok = readable.get(stored)
      if (ok === undefined) {
        ok = decoded(stored) !== undefined
        readable.set(stored, ok)
      }
      return ok ? 'stored' : 'unreadable'
    }
    return absentState()
  }

  return {
    encrypted: codec.encrypted,
    get(key) {
      const stored = load()[key]
      return Promise.resolve(stored === undefined ? undefined : decoded(stored))
    },
    state,
    snapshot: () => ({
      states: Object.fromEntries(Object.keys(load()).map((key) => [key, state(key)])),
      otherwise: absentState(),
    }),
    set(key, value) {
      save({ ...load(), [key]: codec.encode(value).toString('base64') })
      return Promise.resolve()
    },
    delete(key) {
      const { [key]: _removed, ...rest } = load()
      save(rest)
      return Promise.resolve()
    },
  }
}

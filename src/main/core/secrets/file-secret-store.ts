import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { SecretStore } from '../capabilities'

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

/** Secrets in one JSON file (base64 of the encoded bytes), written atomically. */
export function createFileSecretStore(file: string, codec: SecretCodec): SecretStore {
  const load = (): Record<string, string> =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {}
  const save = (entries: Record<string, string>): void => {
    writeFileSync(`${file}.tmp`, JSON.stringify(entries), { mode: 0o600 })
    renameSync(`${file}.tmp`, file)
  }
  return {
    encrypted: codec.encrypted,
    get(key) {
      const stored = load()[key]
      if (stored === undefined) return Promise.resolve(undefined)
      try {
        return Promise.resolve(codec.decode(Buffer.from(stored, 'base64')))
      } catch {
        // Encrypted by another computer's keychain (a data folder copied to a new laptop): as good
        // as never entered, so the owner is asked for the token again instead of seeing an error.
        return Promise.resolve(undefined)
      }
    },
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

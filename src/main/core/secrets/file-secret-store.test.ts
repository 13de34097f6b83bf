import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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

import { join } from 'node:path'
import type { Capabilities } from '../capabilities'
import { createRestorableCore } from '../restorable-core'
import { createFileSecretStore, plainCodec } from '../secrets/file-secret-store'
import { FakeClock } from '../time/fake-clock'

/** The core as the shells hold it (daily copies on, restorable), with a fake clock. */
export function createRestorableTestCore(dataDir: string, clock = new FakeClock()) {
  const capabilities: Capabilities = {
    openExternal: () => Promise.resolve(),
    keepAwake: () => () => undefined,
    notify: () => undefined,
    secrets: createFileSecretStore(join(dataDir, 'secrets.json'), plainCodec),
  }
  const core = createRestorableCore({
    dataDir,
    clock,
    capabilities,
    version: '0.0.0-test',
    shell: 'browser',
    lateAfterMs: 0,
    statusPollMs: null,
  })
  return { core, clock }
}

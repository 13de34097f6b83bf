import { createCore, type CoreOptions } from '../create-core'
import { createFileSecretStore, plainCodec } from '../secrets/file-secret-store'
import type { Capabilities } from '../capabilities'
import type { Random } from '../scheduler/pacing'
import { FakeClock } from '../time/fake-clock'
import { join } from 'node:path'

/** The shell a test's core believes it runs in: the browser host's, unless the test says otherwise. */
export interface TestShell {
  shell?: CoreOptions['shell']
  version?: string
  /** Capabilities the test brings (an updater, the host's notices), over the recording ones. */
  capabilities?: Partial<Capabilities>
}

/** A real core on a real SQLite file in `dataDir`, with a fake clock and recording capabilities. */
export function createTestCore(
  dataDir: string,
  clock = new FakeClock(),
  random?: Random,
  /** Fetching delivery statuses on its own is off unless a test is about it. */
  statusPollMs: number | null = null,
  /** The forecast's generator, fresh each time (tests compare it with a real run). */
  forecastRandom?: () => Random,
  /** Cloud API test servers a number may be connected to (only Meta's address otherwise). */
  cloudTestServers: readonly string[] = [],
  testShell: TestShell = {},
) {
  const opened: string[] = []
  const capabilities: Capabilities = {
    openExternal: (url) => {
      opened.push(url)
      return Promise.resolve()
    },
    keepAwake: () => () => undefined,
    notify: () => undefined,
    secrets: createFileSecretStore(join(dataDir, 'secrets.json'), plainCodec),
  }
  const notices: string[] = []
  capabilities.notify = (notice) => notices.push(notice.title)
  const awake: boolean[] = []
  capabilities.keepAwake = () => {
    awake.push(true)
    return () => awake.push(false)
  }
  const core = createCore({
    dataDir,
    clock,
    capabilities: { ...capabilities, ...testShell.capabilities },
    version: testShell.version ?? '0.0.0-test',
    shell: testShell.shell ?? 'browser',
    // The fake clock's timers are exact: any lateness is a simulated sleep.
    lateAfterMs: 0,
    statusPollMs,
    cloudTestServers,
    ...(random ? { random } : {}),
    ...(forecastRandom ? { forecastRandom } : {}),
  })
  return { core, clock, opened, notices, awake }
}

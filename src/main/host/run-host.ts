import type { Worker } from 'node:worker_threads'
import { version } from '../../../package.json'
import { connectCore } from '../core/boundary/connect-core'
import { nodePortTransport } from '../core/boundary/transport'
import { installLog } from '../core/logging/install-log'
import { parseHostArgs } from './host-args'
import { createHostCapabilities } from './host-capabilities'
import { startHost } from './http-server'
import { openOrRecover } from './open-or-recover'
import { createScaledClock } from './scaled-clock'

/** The host's start, given the core's worker (already loading; host.ts). */
export async function runHost(worker: Worker, rendererDir: string): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2))
  installLog(args.dataDir)
  const { capabilities } = createHostCapabilities(args.dataDir)
  const testClock =
    args.timeScale !== 1 || args.clockStart !== undefined
      ? {
          startAt: args.clockStart === undefined ? Date.now() : Date.parse(args.clockStart),
          scale: args.timeScale,
        }
      : undefined
  // The core's scheduler runs on its own copy, made in the worker from the same start and scale.
  const clock = testClock ? createScaledClock(testClock) : { now: () => Date.now() }
  if (testClock)
    console.log(
      `Test clock: from ${new Date(clock.now()).toISOString()}, ×${String(args.timeScale)}`,
    )
  worker.on('error', (error) => {
    console.error('The core crashed:', error)
  })
  const core = connectCore(nodePortTransport(worker, 'exit'), capabilities)
  core.onLost((reason) => {
    // A development and test shell: it stops, saying so, rather than serve a page with no core.
    console.error(`Rupor's core ${reason}; the host stops.`)
    process.exit(1)
  })
  const { migration } = await openOrRecover(
    () =>
      core.open({
        dataDir: args.dataDir,
        version,
        shell: 'browser',
        ...(args.cloudTestServer === undefined ? {} : { cloudTestServers: [args.cloudTestServer] }),
        ...(testClock ? { testClock } : {}),
      }),
    {
      dataDir: args.dataDir,
      recover: args.recover,
      lang: args.lang ?? 'en',
      now: () => clock.now(),
      argv: process.argv,
      print: (text) => console.log(text),
    },
  )
  if (args.cloudTestServer !== undefined)
    console.log(`Cloud API test server allowed: ${args.cloudTestServer}`)
  if (migration.backupFile) console.log(`Database copied before upgrade: ${migration.backupFile}`)
  const host = await startHost({
    core,
    rendererDir,
    port: args.port,
  })
  console.log(`Rupor data folder: ${args.dataDir}`)
  console.log(`Rupor is running. Open: ${host.pageUrl(args.lang)}`)

  const stop = (): void => {
    void host
      .close()
      .then(() => core.close())
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

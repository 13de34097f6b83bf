import type { Worker } from 'node:worker_threads'
import { version } from '../../../package.json'
import { connectCore, type CoreClient } from '../core/boundary/connect-core'
import { createCoreRelay } from '../core/boundary/core-relay'
import { superviseCore } from '../core/boundary/supervise-core'
import type { OpenConfig } from '../core/boundary/protocol'
import { nodePortTransport } from '../core/boundary/transport'
import { installLog } from '../core/logging/install-log'
import { parseHostArgs } from './host-args'
import { createHostCapabilities } from './host-capabilities'
import { startHost } from './http-server'
import { openOrRecover } from './open-or-recover'
import { createScaledClock } from './scaled-clock'

/**
 * The host's start, given the core's worker (already loading; host.ts) and how to start another
 * should it end on its own.
 */
export async function runHost(
  worker: Worker,
  rendererDir: string,
  newWorker: () => Worker,
): Promise<void> {
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
  // The core's scheduler runs on its own copy, made in the worker from the same start and scale
  // (a core started again goes on from the host's copy's now).
  const clock = testClock ? createScaledClock(testClock) : { now: () => Date.now() }
  if (testClock)
    console.log(
      `Test clock: from ${new Date(clock.now()).toISOString()}, ×${String(args.timeScale)}`,
    )
  let current = worker
  const connect = (coreWorker: Worker): CoreClient => {
    current = coreWorker
    coreWorker.on('error', (error) => {
      console.error('The core crashed:', error)
    })
    return connectCore(nodePortTransport(coreWorker, 'exit'), capabilities)
  }
  const core = connect(worker)
  let opened = false
  let stopping = false
  core.onLost((reason) => {
    // Before it opened there is nothing to go back to: the host stops, saying so.
    if (opened) return
    console.error(`Rupor's core ${reason}; the host stops.`)
    process.exit(1)
  })
  if (args.testCoreStop) process.on('SIGUSR2', () => void current.terminate())
  const config = (coreClock = testClock): OpenConfig => ({
    dataDir: args.dataDir,
    version,
    shell: 'browser',
    ...(args.cloudTestServer === undefined ? {} : { cloudTestServers: [args.cloudTestServer] }),
    ...(coreClock ? { testClock: coreClock } : {}),
  })
  const { migration } = await openOrRecover(() => core.open(config()), {
    dataDir: args.dataDir,
    recover: args.recover,
    lang: args.lang ?? 'en',
    now: () => clock.now(),
    argv: process.argv,
    print: (text) => console.log(text),
  })
  if (args.cloudTestServer !== undefined)
    console.log(`Cloud API test server allowed: ${args.cloudTestServer}`)
  if (migration.backupFile) console.log(`Database copied before upgrade: ${migration.backupFile}`)
  opened = true
  const relay = createCoreRelay(core)
  // As the desktop app does (index.ts): a core that ends on its own once is started again and
  // the pages hear 'core.restarted'; the second time the host stops rather than serve no core.
  const supervised = superviseCore(relay, core, {
    start: () => connect(newWorker()),
    config: () => config(testClock && { startAt: clock.now(), scale: testClock.scale }),
    now: () => clock.now(),
    quitting: () => stopping,
    lost: (reason) => {
      console.error(`Rupor's core ${reason}.`)
    },
    restarted: () => {
      console.log("Rupor's core was started again.")
    },
    giveUp: (reason) => {
      console.error(reason)
      console.error("Rupor's core is gone; the host stops.")
      process.exit(1)
    },
  })
  const host = await startHost({
    core: relay,
    rendererDir,
    port: args.port,
  })
  console.log(`Rupor data folder: ${args.dataDir}`)
  console.log(`Rupor is running. Open: ${host.pageUrl(args.lang)}`)

  const stop = (): void => {
    stopping = true
    void host
      .close()
      .then(() => supervised.close())
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

import type { Worker } from 'node:worker_threads'
import { version } from '../../../package.json'
import { connectCore, type CoreClient } from '../core/boundary/connect-core'
import { coreLostStep } from '../core/boundary/core-lost-step'
import { createCoreRelay } from '../core/boundary/core-relay'
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
  const relay = createCoreRelay(core)
  let opened = false
  let stopping = false
  let restarts = 0
  /** A core started again whose open has not ended yet: a stop closes it too. */
  let starting: CoreClient | undefined
  // As the desktop shell does (index.ts): a core that ends on its own once is started again, and
  // the pages hear 'core.restarted' from the relay; the second time, or before it opened, the
  // host stops, saying so, rather than serve a page with no core.
  const watch = (client: CoreClient): void => {
    client.onLost((reason) => {
      const step = opened ? coreLostStep({ quitting: stopping, restarts }) : 'give_up'
      if (step === 'ignore') return
      if (step === 'give_up') {
        console.error(`Rupor's core ${reason}; the host stops.`)
        process.exit(1)
      }
      restarts += 1
      console.error(`Rupor's core ${reason}; starting it again.`)
      const again = connect(newWorker())
      starting = again
      const restartedClock = testClock && { startAt: clock.now(), scale: testClock.scale }
      again.open(config(restartedClock)).then(
        () => {
          starting = undefined
          if (stopping) return
          relay.use(again, clock.now())
          watch(again)
          console.log("Rupor's core was started again.")
        },
        (error: unknown) => {
          starting = undefined
          if (stopping) return
          console.error(error)
          console.error("Rupor's core could not be started again; the host stops.")
          process.exit(1)
        },
      )
    })
  }
  watch(core)
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
      .then(() => Promise.all([relay.close(), starting?.close()]))
      .then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

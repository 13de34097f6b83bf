// The browser host: the whole app — real core, real SQLite, the built renderer — served to a
// browser on 127.0.0.1, for development and for end-to-end tests where Electron cannot run. The
// core runs in a worker thread behind the same boundary as in the desktop app (core/boundary/),
// so a long import never holds up the HTTP server.
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'
import { version } from '../../package.json'
import { connectCore } from './core/boundary/connect-core'
import { nodePortTransport } from './core/boundary/transport'
import { DatabaseOpenError } from './core/db/database-error'
import { installLog } from './core/logging/install-log'
import { parseHostArgs } from './host/host-args'
import { createHostCapabilities } from './host/host-capabilities'
import { startHost } from './host/http-server'
import { openOrRecover } from './host/open-or-recover'
import { createScaledClock } from './host/scaled-clock'

async function main(): Promise<void> {
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
  const worker = new Worker(join(__dirname, 'core-worker.js'))
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
    rendererDir: join(__dirname, '../renderer'),
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

main().catch((error: unknown) => {
  console.error(
    error instanceof DatabaseOpenError || error instanceof Error ? error.message : error,
  )
  process.exit(2)
})

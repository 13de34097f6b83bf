// The browser host: the whole app — real core, real SQLite, the built renderer — served to a
// browser on 127.0.0.1, for development and for end-to-end tests where Electron cannot run.
import { join } from 'node:path'
import { version } from '../../package.json'
import { createRestorableCore } from './core/restorable-core'
import { DatabaseOpenError } from './core/db/database-error'
import { installLog } from './core/logging/install-log'
import { systemClock } from './core/time/clock'
import { parseHostArgs } from './host/host-args'
import { createHostCapabilities } from './host/host-capabilities'
import { startHost } from './host/http-server'
import { openOrRecover } from './host/open-or-recover'
import { createScaledClock } from './host/scaled-clock'

async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2))
  installLog(args.dataDir)
  const { capabilities } = createHostCapabilities(args.dataDir)
  const testClock = args.timeScale !== 1 || args.clockStart !== undefined
  const clock = testClock
    ? createScaledClock({
        startAt: args.clockStart === undefined ? Date.now() : Date.parse(args.clockStart),
        scale: args.timeScale,
      })
    : systemClock
  if (testClock)
    console.log(
      `Test clock: from ${new Date(clock.now()).toISOString()}, ×${String(args.timeScale)}`,
    )
  const core = openOrRecover(
    () =>
      createRestorableCore({
        dataDir: args.dataDir,
        clock,
        capabilities,
        version,
        shell: 'browser',
        ...(args.cloudTestServer === undefined ? {} : { cloudTestServers: [args.cloudTestServer] }),
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
  if (core.migration.backupFile)
    console.log(`Database copied before upgrade: ${core.migration.backupFile}`)
  const host = await startHost({
    core,
    rendererDir: join(__dirname, '../renderer'),
    port: args.port,
  })
  console.log(`Rupor data folder: ${args.dataDir}`)
  console.log(`Rupor is running. Open: ${host.pageUrl(args.lang)}`)

  const stop = (): void => {
    void host.close().then(() => {
      core.close()
      process.exit(0)
    })
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

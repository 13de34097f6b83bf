// The core in its own thread or process: an Electron utilityProcess (the desktop app) or a
// worker_threads Worker (the browser host). A long call here never holds up the window or the
// HTTP server, and a crash of native code ends this process, not the app. The shell opens the
// core and carries out what only it can do (core/boundary/).
import { serveCore } from './core/boundary/serve-core'
import { forwardLog } from './core/boundary/forward-log'
import { workerTransport } from './core/boundary/worker-transport'
import { createRestorableCore } from './core/restorable-core'
import { systemClock } from './core/time/clock'
import { createScaledClock } from './host/scaled-clock'

const transport = workerTransport()
forwardLog(transport)
serveCore(transport, {
  open: (config, capabilities) =>
    createRestorableCore({
      dataDir: config.dataDir,
      // The host's test clock is made here, where the scheduler's timers run.
      clock: config.testClock ? createScaledClock(config.testClock) : systemClock,
      capabilities,
      version: config.version,
      shell: config.shell,
      ...(config.sqliteNativeBinding ? { sqliteNativeBinding: config.sqliteNativeBinding } : {}),
      ...(config.cloudTestServers ? { cloudTestServers: config.cloudTestServers } : {}),
    }),
})

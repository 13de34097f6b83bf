// The browser host: the whole app — real core, real SQLite, the built renderer — served to a
// browser on 127.0.0.1, for development and for end-to-end tests where Electron cannot run. The
// core runs in a worker thread behind the same boundary as in the desktop app (core/boundary/),
// so a long import never holds up the HTTP server.
import { join } from 'node:path'
import { Worker } from 'node:worker_threads'

// The core's worker starts loading first, beside the host's own code (host/run-host.ts, loaded
// after it): on a busy 2-core machine the two loads overlap instead of adding up.
const newWorker = () => new Worker(join(__dirname, 'core-worker.js'))
const worker = newWorker()

import('./host/run-host')
  .then(({ runHost }) => runHost(worker, join(__dirname, '../renderer'), newWorker))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(2)
  })

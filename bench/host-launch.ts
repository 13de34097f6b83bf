import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface RunningHost {
  pageUrl: string
  stop(): Promise<void>
}

/** Starts a built host (`<appDir>/main/host.js`) on a data folder; resolves once it prints its page. */
export function launchHost(appDir: string, dataDir: string): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [join(appDir, 'main/host.js'), '--data-dir', dataDir, '--port', '0', '--lang', 'ru'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) {
        resolve()
        return
      }
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      void stop()
      reject(new Error(`the host did not start:\n${output}`))
    }, 60_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ pageUrl: match[1], stop })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the host exited with ${String(code)}:\n${output}`))
    })
  })
}

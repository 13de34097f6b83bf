import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface HostProcess {
  /** The page address printed by the host, token in the fragment. */
  pageUrl: string
  origin: string
  token: string
  dataDir: string
  stop(): Promise<void>
  /** SIGKILL: the process dies at once, as in a crash or a pulled plug. */
  kill(): Promise<void>
  /** Sends the process a signal (SIGUSR2 with --test-core-stop ends the core's worker). */
  signal(name: NodeJS.Signals): void
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string>
}

export interface HostOptions {
  dataDir: string
  lang?: 'ru' | 'en'
  /** The host's test clock: this many times faster, from this moment (ISO). */
  timeScale?: number
  clockStart?: string
  /** How long start-up may take (opening a big book runs its checks first). */
  startTimeoutMs?: number
  /**
   * A Cloud API test server's origin the host lets numbers connect to (--cloud-test-server);
   * without it only Meta's address is accepted, as in the desktop app.
   */
  cloudTestServer?: string
  /** More command-line options (e.g. `--recover newest-copy`). */
  extraArgs?: string[]
}

/** A host process that is starting: it can be killed before it is ready (mid-migration). */
export interface LaunchedHost {
  ready: Promise<HostProcess>
  kill(): Promise<void>
  /** Everything it printed so far. */
  output(): string
}

export const newDataDir = (): string => mkdtempSync(join(tmpdir(), 'rupor-e2e-'))

/** Starts the built host (out/main/host.js) as its own process, as `npm run web` does. */
export function startHostProcess(options: HostOptions): Promise<HostProcess> {
  return launchHostProcess(options).ready
}

/** Spawns the built host and answers at once; `ready` resolves when it prints its address. */
export function launchHostProcess(options: HostOptions): LaunchedHost {
  const args = ['out/main/host.js', '--data-dir', options.dataDir, '--port', '0']
  if (options.lang) args.push('--lang', options.lang)
  if (options.timeScale !== undefined) args.push('--time-scale', String(options.timeScale))
  if (options.clockStart !== undefined) args.push('--clock-start', options.clockStart)
  if (options.cloudTestServer !== undefined)
    args.push('--cloud-test-server', options.cloudTestServer)
  if (options.extraArgs) args.push(...options.extraArgs)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)),
  )
  let output = ''
  const pageUrl = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`host did not start:\n${output}`)),
      options.startTimeoutMs ?? 20_000,
    )
    const read = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/#\S+)/.exec(output)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`host exited with ${String(code ?? signal)}:\n${output}`))
    })
  })
  const ready = pageUrl.then((address) => {
    const url = new URL(address)
    return {
      pageUrl: address,
      origin: url.origin,
      token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
      dataDir: options.dataDir,
      stop: () => stopProcess(child),
      kill: () => stopProcess(child, 'SIGKILL'),
      signal: (name: NodeJS.Signals) => {
        child.kill(name)
      },
      exited,
    }
  })
  // A launch killed on purpose rejects `ready`; that is the caller's to look at, not a crash.
  ready.catch(() => undefined)
  return { ready, kill: () => stopProcess(child, 'SIGKILL'), output: () => output }
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill(signal)
  })
}

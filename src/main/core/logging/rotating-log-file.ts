import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

export interface RotatingLogOptions {
  file: string
  /** The most a file grows to; an entry that would pass it starts a new file. */
  maxBytes: number
  /** Older files kept beside it: `rupor.log.1` (the newest) … `rupor.log.<keep>`. */
  keep: number
}

export const olderLogFile = (file: string, n: number): string => `${file}.${String(n)}`

/**
 * A log file that never grows past `maxBytes`: when an entry would not fit, the files move up one
 * (`.1` → `.2` …, the oldest dropped) and a new file starts. At most `keep + 1` files, each at most
 * `maxBytes` (an entry longer than that alone is cut to fit).
 */
export function createRotatingLogFile(options: RotatingLogOptions) {
  const { file, maxBytes, keep } = options
  let size: number | undefined

  const currentSize = (): number => {
    if (size === undefined) {
      mkdirSync(dirname(file), { recursive: true })
      size = existsSync(file) ? statSync(file).size : 0
    }
    return size
  }

  function rotate(): void {
    rmSync(olderLogFile(file, keep), { force: true })
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (existsSync(olderLogFile(file, n)))
        renameSync(olderLogFile(file, n), olderLogFile(file, n + 1))
    }
    if (keep >= 1 && existsSync(file)) renameSync(file, olderLogFile(file, 1))
    else rmSync(file, { force: true })
    size = 0
  }

  return {
    file,
    /** Appends one entry (a line or more, ending in a newline). */
    append(entry: string): void {
      let bytes = Buffer.from(entry, 'utf8')
      if (bytes.length > maxBytes)
        bytes = Buffer.concat([bytes.subarray(0, maxBytes - 1), Buffer.from('\n')])
      if (currentSize() > 0 && currentSize() + bytes.length > maxBytes) rotate()
      appendFileSync(file, bytes, { mode: 0o600 })
      size = currentSize() + bytes.length
    },
  }
}

import { basename } from 'node:path'
import { scrubPersonalData } from './scrub-personal-data'

const causeDepth = 3
/** A longer text is cut: a log line is read by a person. */
const textKept = 4000
const cut = (text: string): string =>
  text.length > textKept ? `${text.slice(0, textKept)}… (${String(text.length)} characters)` : text
const framesKept = 12

/** Errors whose message is made by code that never puts data in it (SQLite's own words). */
const messageKeptFor = new Set(['SqliteError'])

/** `ENOENT`, `SQLITE_CONSTRAINT_UNIQUE`, `disk_full`: a code is a word, never data. */
const codeOf = (error: Error): string | undefined => {
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : undefined
}

/** `at fn (C:\Users\…\out\main\index.js:12:5)` → `at fn (index.js:12:5)`: a place in the code. */
function framesOf(error: Error): string[] {
  return (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s*at\s/.test(line))
    .slice(0, framesKept)
    .map((line) =>
      line
        .trim()
        .replace(/(?:file:\/\/)?[^\s()]*[\\/]([^\\/\s()]+:\d+:\d+)/, (_, place: string) =>
          basename(place),
        ),
    )
}

function headOf(error: Error): string {
  const code = codeOf(error)
  const syscall = (error as { syscall?: unknown }).syscall
  const parts = [error.name || 'Error']
  if (code) parts.push(`[${code}]`)
  if (typeof syscall === 'string' && /^\w{1,32}$/.test(syscall)) parts.push(`(${syscall})`)
  if (messageKeptFor.has(error.name)) parts.push(`: ${error.message}`)
  return parts.join(' ')
}

function describeError(error: Error, depth: number): string[] {
  const lines = [headOf(error), ...framesOf(error).map((frame) => `    ${frame}`)]
  const cause: unknown = error.cause
  if (cause instanceof Error && depth < causeDepth) {
    const [head = '', ...rest] = describeError(cause, depth + 1)
    lines.push(`  caused by ${head}`, ...rest)
  }
  return lines
}

/**
 * One console argument as the log keeps it. An error is its name, code and where in the code it
 * was thrown — not its message, which may carry a number, a name or a message text (a JSON error
 * quotes its input). A string is the code's own words, scrubbed. Anything else: only its kind.
 */
export function describeForLog(value: unknown): string {
  if (value instanceof Error) return scrubPersonalData(describeError(value, 0).join('\n'))
  if (typeof value === 'string') return scrubPersonalData(cut(value))
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return scrubPersonalData(String(value))
  if (value === null || value === undefined) return String(value)
  if (Array.isArray(value)) return `[array of ${String(value.length)}]`
  if (typeof value === 'object') {
    const keys = Object.keys(value).filter((key) => /^\w{1,40}$/.test(key))
    return `{object: ${keys.slice(0, 10).join(', ')}}`
  }
  return `<${typeof value}>`
}

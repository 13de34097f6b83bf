import { createReadStream } from 'node:fs'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { importTableLimits } from '../../../../shared/imports'
import { FileProblemError } from './file-problem'
import type { FileSniff } from './sniff-file'
import { readVcards } from './read-vcards'

/** One row of a table (or one vCard), header first. `line` counts from 1, as an editor shows. */
export interface FileRecord {
  line: number
  cells: string[]
}

export interface ReadOptions {
  signal: AbortSignal
  /** Bytes of the file read so far, for progress. */
  onBytes?: (bytes: number) => void
}

/** A record longer than this has surely swallowed the file behind an unclosed quote. */
const maxPendingChars = 8 * 1024 * 1024

/**
 * Streams the records of a file without holding it in memory: text is decoded as it is read and
 * handed to papaparse a piece at a time; the last, possibly unfinished, row of each piece waits
 * for the next one.
 */
export async function* readRecords(
  path: string,
  sniff: FileSniff,
  options: ReadOptions,
): AsyncGenerator<FileRecord> {
  if (sniff.format === 'vcard') {
    // Each property of a vCard may name its own CHARSET: the reader gets the file's bytes and
    // decodes property by property. UTF-16 cannot be split into lines byte-wise: decoded here.
    if (!isAsciiCompatible(sniff.encoding)) {
      yield* readVcards(decodedText(path, sniff, options))
      return
    }
    yield* readVcards(fileBytes(path, sniff, options), {
      kind: 'bytes',
      fileEncoding: sniff.encoding,
    })
    return
  }
  const text = decodedText(path, sniff, options)
  let pending = ''
  let line = 1
  /** Characters of the file's last, unfinished line read so far. */
  let lineChars = 0
  for await (const piece of text) {
    options.signal.throwIfAborted()
    // Before parsing: a line past the limit is refused as it streams in, whatever its quotes,
    // so a 30 MB line is neither gathered nor handed to papaparse, nor called an open quote.
    const long = overlongLine(piece, lineChars, importTableLimits.lineChars)
    if (long.at !== null) {
      const before = pending + piece.slice(0, long.at)
      throw new FileProblemError('line_too_long', line + countLineBreaks([before]))
    }
    lineChars = long.carried
    pending += piece
    // Lines are short by now, so a record this long spans lines inside an open quote; a piece
    // without a quote cannot close it, and parsing the record again from its start on every
    // piece would grow with the square of its length. Only its size is checked.
    if (pending.length > 2 * importTableLimits.lineChars && !piece.includes('"')) {
      if (pending.length > maxPendingChars) throw new FileProblemError('unbalanced_quote', line)
      continue
    }
    const { rows, rest } = parseComplete(pending, sniff.delimiter, false)
    pending = rest
    for (const row of rows) {
      const record = { line, cells: checkedCells(row.cells, line) }
      line += 1 + countLineBreaks(row.cells)
      if (!isBlank(row.cells)) yield record
    }
    if (pending.length > maxPendingChars) throw new FileProblemError('unbalanced_quote', line)
  }
  options.signal.throwIfAborted()
  const { rows } = parseComplete(pending, sniff.delimiter, true)
  for (const row of rows) {
    if (row.unclosedQuote) throw new FileProblemError('unbalanced_quote', line)
    const record = { line, cells: checkedCells(row.cells, line) }
    line += 1 + countLineBreaks(row.cells)
    if (!isBlank(row.cells)) yield record
  }
}

/** No contacts table is wider: a row past the limit (the header first) refuses the file. */
function checkedCells(cells: string[], line: number): string[] {
  if (cells.length > importTableLimits.columns) throw new FileProblemError('too_many_columns', line)
  return cells
}

/**
 * Where in `piece` a line longer than `max` characters starts (`at`, 0 for the line `carried`
 * characters of which came before the piece), or null; and how long the piece's last line is so far.
 * Linear in the piece: breaks are only walked one by one when a line could be too long.
 */
export function overlongLine(
  piece: string,
  carried: number,
  max: number,
): { at: number | null; carried: number } {
  const lastBreak = Math.max(piece.lastIndexOf('\n'), piece.lastIndexOf('\r'))
  const tail = piece.length - lastBreak - 1
  if (carried + piece.length <= max) {
    return { at: null, carried: lastBreak === -1 ? carried + piece.length : tail }
  }
  let start = 0
  let length = carried
  for (let i = 0; i < piece.length; i++) {
    const char = piece.charCodeAt(i)
    if (char !== 10 && char !== 13) continue
    if (length + i - start > max) return { at: start, carried: 0 }
    start = i + 1
    length = 0
  }
  if (length + piece.length - start > max) return { at: start, carried: 0 }
  return { at: null, carried: length + piece.length - start }
}

/** Whether the encoding writes ASCII as ASCII, one byte a character (UTF-8, Windows-1251…). */
function isAsciiCompatible(encoding: string): boolean {
  const ascii = 'BEGIN:;=\\,\r\n'
  return iconv.encode(ascii, encoding).equals(Buffer.from(ascii, 'latin1'))
}

/** The file's bytes in pieces, from after its byte-order mark. */
async function* fileBytes(
  path: string,
  sniff: FileSniff,
  options: ReadOptions,
): AsyncGenerator<Buffer> {
  const file = createReadStream(path, { start: sniff.bomLength, highWaterMark: 256 * 1024 })
  let bytes = sniff.bomLength
  try {
    for await (const chunk of file) {
      options.signal.throwIfAborted()
      bytes += (chunk as Buffer).length
      options.onBytes?.(bytes)
      yield chunk as Buffer
    }
  } finally {
    file.destroy()
  }
}

/** The file's text, decoded in pieces; the read stream is closed when the reader stops early. */
async function* decodedText(
  path: string,
  sniff: FileSniff,
  options: ReadOptions,
): AsyncGenerator<string> {
  const file = createReadStream(path, { start: sniff.bomLength, highWaterMark: 256 * 1024 })
  let bytes = sniff.bomLength
  file.on('data', (chunk) => {
    bytes += chunk.length
    options.onBytes?.(bytes)
  })
  const decoder = file.pipe(iconv.decodeStream(sniff.encoding, { stripBOM: true }))
  try {
    for await (const piece of decoder) yield piece as string
  } finally {
    file.destroy()
  }
}

interface ParsedRow {
  cells: string[]
  unclosedQuote: boolean
}

/**
 * Parses `text`. Unless it is the end of the file, only text up to the last line break is parsed
 * (so a CR LF is never split), and the last row — the empty one after that break, or one still
 * inside quotes — comes back unparsed as `rest`.
 */
function parseComplete(
  text: string,
  delimiter: string,
  atEnd: boolean,
): { rows: ParsedRow[]; rest: string } {
  const cut = atEnd ? text.length : lastLineBreak(text) + 1
  if (cut === 0) return { rows: [], rest: text }
  const rows: ParsedRow[] = []
  const ends: number[] = []
  const complete = text.slice(0, cut)
  Papa.parse<string[]>(complete, {
    delimiter,
    newline: lineBreakOf(complete),
    step: (result) => {
      rows.push({
        cells: result.data,
        unclosedQuote: result.errors.some((e) => e.code === 'MissingQuotes'),
      })
      ends.push(result.meta.cursor)
    },
  })
  if (atEnd) return { rows, rest: '' }
  rows.pop()
  ends.pop()
  return { rows, rest: text.slice(ends.at(-1) ?? 0) }
}

/**
 * The line break papaparse would guess for this text, found as its guess finds it — over the first
 * megabyte, quoted parts ("…", paired from the left) left out, a LF before any CR or no CR at all
 * meaning LF, else CR LF when at least half the pieces between CRs start with a LF — but without
 * its copy of the text and the two lists of pieces it splits it into, for every piece of a file.
 */
export function lineBreakOf(text: string): '\r\n' | '\n' | '\r' {
  const end = Math.min(text.length, guessedLength)
  const nextOf = (char: string, from: number): number => {
    const at = text.indexOf(char, from)
    return at === -1 || at >= end ? end : at
  }
  let crs = 0
  let startingWithLf = 0
  let lfBeforeCr = false
  // The character before a quoted part left out, for the one right after it.
  let afterLeftOut = -1
  let leftOutBefore = noCharacter
  const before = (at: number): number =>
    at === afterLeftOut ? leftOutBefore : at === 0 ? noCharacter : text.charCodeAt(at - 1)
  let quoteAt = nextOf('"', 0)
  let crAt = nextOf('\r', 0)
  let lfAt = nextOf('\n', 0)
  for (;;) {
    const at = Math.min(quoteAt, crAt, lfAt)
    if (at >= end) break
    if (at === quoteAt) {
      const closing = nextOf('"', at + 1)
      if (closing === end) {
        // Unpaired: an ordinary character, and no quote follows it.
        quoteAt = end
        continue
      }
      leftOutBefore = before(at)
      afterLeftOut = closing + 1
      quoteAt = nextOf('"', afterLeftOut)
      if (crAt < afterLeftOut) crAt = nextOf('\r', afterLeftOut)
      if (lfAt < afterLeftOut) lfAt = nextOf('\n', afterLeftOut)
    } else if (at === crAt) {
      crs += 1
      crAt = nextOf('\r', at + 1)
    } else {
      const previous = before(at)
      if (previous === carriageReturn || previous === noCharacter) startingWithLf += 1
      if (crs === 0) lfBeforeCr = true
      lfAt = nextOf('\n', at + 1)
    }
  }
  if (crs === 0 || lfBeforeCr) return '\n'
  return startingWithLf >= (crs + 1) / 2 ? '\r\n' : '\r'
}
const guessedLength = 1024 * 1024
const carriageReturn = 13
const noCharacter = -1

/** Files from old Macs end lines with CR alone. */
function lastLineBreak(text: string): number {
  const lf = text.lastIndexOf('\n')
  if (lf !== -1) return lf
  // A CR ending the piece may be half of a CR LF whose LF starts the next piece: cut there and
  // that LF read as a line of its own (and papaparse, seeing it first, split the rest by LF).
  const end = text.endsWith('\r') ? text.length - 2 : text.length - 1
  return end < 0 ? -1 : text.lastIndexOf('\r', end)
}

/** CR LF, LF or a lone CR: files saved by old Mac Excel break lines, quoted ones too, with CR. */
function countLineBreaks(cells: string[]): number {
  let count = 0
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(/\r\n|\r|\n/g)?.length ?? 0
  }
  return count
}

const isBlank = (cells: string[]): boolean => cells.every((cell) => cell.trim() === '')

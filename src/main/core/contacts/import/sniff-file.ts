import { open } from 'node:fs/promises'
import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { ImportFormat } from '../../../../shared/imports'
import { FileProblemError } from './file-problem'

/** How to read a file, decided from its first bytes. */
export interface FileSniff {
  format: ImportFormat
  /** An iconv-lite encoding name. */
  encoding: string
  /** As shown to the user, e.g. "UTF-8", "UTF-16LE", "windows-1251". */
  encodingLabel: string
  /** Bytes of byte-order mark to skip, so it never ends up in a header name. */
  bomLength: number
  /** "," ";" or "\t" for tables, "" for vCard. */
  delimiter: string
}

const sampleBytes = 64 * 1024
const boms: [bytes: number[], encoding: string][] = [
  [[0xef, 0xbb, 0xbf], 'UTF-8'],
  [[0xff, 0xfe], 'UTF-16LE'],
  [[0xfe, 0xff], 'UTF-16BE'],
]
/** Single-byte encodings a Cyrillic spreadsheet may be saved in, as the detector names them. */
const cyrillic = new Set(['windows-1251', 'KOI8-R', 'ISO-8859-5', 'IBM866'])

export async function sniffFile(path: string): Promise<FileSniff> {
  const sample = await readStart(path)
  const { encoding, bomLength } = detectEncoding(sample)
  const text = iconv.decode(sample.subarray(bomLength), encoding, { stripBOM: true })
  const format: ImportFormat = /^\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'csv'
  return {
    format,
    encoding,
    encodingLabel: encoding,
    bomLength,
    delimiter: format === 'vcard' ? '' : guessDelimiter(text),
  }
}

async function readStart(path: string): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(sampleBytes)
    const { bytesRead } = await handle.read(buffer, 0, sampleBytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

export function detectEncoding(sample: Buffer): { encoding: string; bomLength: number } {
  for (const [bytes, encoding] of boms) {
    if (bytes.every((byte, i) => sample[i] === byte)) return { encoding, bomLength: bytes.length }
  }
  const utf16 = utf16WithoutBom(sample)
  if (utf16) return { encoding: utf16, bomLength: 0 }
  if (looksBinary(sample)) throw new FileProblemError('binary_file', null)
  if (isUtf8(sample)) return { encoding: 'UTF-8', bomLength: 0 }
  // The detector is unsure on short samples; among its guesses, a Cyrillic one wins, since a
  // Russian Excel file is what a non-UTF-8 table here almost always is.
  const guesses = chardet.analyse(sample).map((match) => match.name)
  const encoding =
    guesses.find((name) => cyrillic.has(name)) ??
    (mostlyCyrillicIn1251(sample)
      ? 'windows-1251'
      : guesses.find((name) => iconv.encodingExists(name)))
  return { encoding: encoding ?? 'windows-1251', bomLength: 0 }
}

/** Excel's "Unicode text" without a BOM: every other byte of Latin/Cyrillic text is zero. */
function utf16WithoutBom(sample: Buffer): string | undefined {
  const pairs = Math.floor(Math.min(sample.length, 4096) / 2)
  if (pairs < 2) return undefined
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++
    if (sample[2 * i + 1] === 0) oddZeros++
  }
  if (oddZeros > pairs * 0.3 && evenZeros === 0) return 'UTF-16LE'
  if (evenZeros > pairs * 0.3 && oddZeros === 0) return 'UTF-16BE'
  return undefined
}

/** Text files have no NUL and almost no other control bytes. */
function looksBinary(sample: Buffer): boolean {
  let controls = 0
  for (const byte of sample) {
    if (byte === 0) return true
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls++
  }
  return controls > sample.length * 0.01
}

function isUtf8(sample: Buffer): boolean {
  // The sample may end inside a character: up to three bytes of it are forgiven.
  for (let cut = 0; cut <= 3 && cut < sample.length; cut++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sample.length - cut))
      return true
    } catch {
      if (sample.length < sampleBytes) return false
    }
  }
  return false
}

/** In windows-1251, Cyrillic letters are 0xC0–0xFF plus Ё/ё; other high bytes are rare in names. */
function mostlyCyrillicIn1251(sample: Buffer): boolean {
  let high = 0
  let letters = 0
  for (const byte of sample) {
    if (byte < 0x80) continue
    high++
    if (byte >= 0xc0 || byte === 0xa8 || byte === 0xb8) letters++
  }
  return high > 0 && letters / high > 0.8
}

/** The delimiter that splits the header line most; a one-column file gets ",". */
export function guessDelimiter(text: string): string {
  const header = firstLine(text)
  const counts = ['\t', ';', ','].map((d) => [d, header.split(d).length - 1] as const)
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a))
  return best[1] > 0 ? best[0] : ','
}

/** The first line, not counting line breaks inside quotes. */
function firstLine(text: string): string {
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(0, i)
  }
  return text
}

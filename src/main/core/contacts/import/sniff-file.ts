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
/** Single-byte code pages a Cyrillic spreadsheet may be saved in; Russian Excel's wins a tie. */
const cyrillicPages = ['windows-1251', 'KOI8-R', 'IBM866', 'ISO-8859-5']

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
  // The detector guesses wildly on a few lines of Russian: it called a two-line windows-1251
  // table ISO-8859-5, Hebrew or Shift_JIS, and the names came out garbled. So a Cyrillic code
  // page is chosen by whether the letters it gives form words; the detector decides the rest.
  const encoding =
    cyrillicPageOf(sample) ??
    chardet
      .analyse(sample)
      .map((match) => match.name)
      .find((name) => iconv.encodingExists(name))
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

/**
 * The Cyrillic code page in which most non-ASCII bytes decode to words as people write them; a
 * wrong page gives words in the wrong case, box drawing or Serbian letters instead.
 * Latin text with accents ("Müller") has its high bytes inside Latin words, so no page wins.
 */
export function cyrillicPageOf(sample: Buffer): string | undefined {
  let high = 0
  for (const byte of sample) if (byte >= 0x80) high++
  let best: string | undefined
  let bestLetters = high / 2
  for (const page of cyrillicPages) {
    let letters = 0
    for (const [word] of iconv.decode(sample, page).matchAll(cyrillicWord)) {
      if (asWritten.test(word)) letters += word.length
    }
    if (letters > bestLetters) {
      best = page
      bestLetters = letters
    }
  }
  return best
}
/** A word of the Russian, Ukrainian or Belarusian alphabet, not part of a longer word. */
const cyrillicWord = /(?<!\p{L})[А-ЯЁІЇЄҐЎа-яёіїєґў]+(?!\p{L})/gu
/** "ООО", "Анна", "опт", "МойСклад"; not "юММЮ", which is "Анна" read in the wrong code page. */
const asWritten = /^(?:\p{Lu}+|\p{Lu}?\p{Ll}+(?:\p{Lu}\p{Ll}+)*)$/u

/**
 * The delimiter that splits the header line most, not counting those inside quotes (a Russian
 * report's own column named "Фамилия, имя"); a one-column file gets ",".
 */
export function guessDelimiter(text: string): string {
  const header = firstLine(text).replace(/"[^"]*"/g, '""')
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

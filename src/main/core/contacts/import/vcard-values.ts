import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import { cyrillicPageOf } from './sniff-file'

/**
 * How the reader was handed the file. `bytes`: the file's own bytes, so every property is decoded
 * by its own CHARSET — cards of one file may differ; `fileEncoding` is the sniffer's guess for
 * properties that name none. `text`: the file was already decoded (UTF-16 files, whose bytes
 * cannot be split into lines as ASCII); the reader sees it as UTF-8. Either way a property's value
 * reaches {@link decodeValue} as a string of one character a byte.
 */
export type VcardInput = { kind: 'bytes'; fileEncoding: string } | { kind: 'text' }

export interface ValueEncoding {
  /** CHARSET=…, upper case, when the property names one. */
  charset?: string
  quotedPrintable: boolean
}

/** A property's value as written in the file → the text it means (escapes still in place). */
export function decodeValue(value: string, encoding: ValueEncoding, input: VcardInput): string {
  if (encoding.quotedPrintable) {
    return decodeBytes(quotedPrintableBytes(value), encoding.charset, input)
  }
  if (isAscii(value)) return value
  const bytes = Buffer.from(value, 'latin1')
  if (input.kind === 'text') return bytes.toString('utf8')
  return decodeBytes(bytes, encoding.charset, input)
}

const nonAscii = /[^\t\x20-\x7e]/
/** Printable ASCII: the same text in any charset a vCard names. */
const isAscii = (value: string): boolean => !nonAscii.test(value)

/**
 * The property's CHARSET when iconv knows it; otherwise UTF-8 when the bytes are UTF-8 (what
 * phones write); else the Cyrillic code page in which the bytes form words (an old phone's
 * Windows-1251 card in a file of UTF-8 ones, where the sniffer's guess for the whole file may be
 * anything); else the file's encoding.
 */
function decodeBytes(bytes: Buffer, charset: string | undefined, input: VcardInput): string {
  if (charset !== undefined && iconv.encodingExists(charset)) return iconv.decode(bytes, charset)
  if (isUtf8(bytes)) return bytes.toString('utf8')
  const fileEncoding = input.kind === 'bytes' ? input.fileEncoding : 'windows-1251'
  const encoding =
    cyrillicPageOf(bytes) ?? (/^utf-?8$/i.test(fileEncoding) ? 'windows-1251' : fileEncoding)
  return iconv.decode(bytes, encoding)
}

/** `=D0=98=D0=B2` → the bytes; characters outside escapes are bytes as they are. */
function quotedPrintableBytes(value: string): Buffer {
  const bytes: number[] = []
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code === 0x3d && isHex(value.charCodeAt(i + 1)) && isHex(value.charCodeAt(i + 2))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16))
      i += 2
    } else {
      bytes.push(code)
    }
  }
  return Buffer.from(bytes)
}
const isHex = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66)

/** Splits at `separator`s that are not escaped with a backslash; escapes stay for {@link unescape}. */
export function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const char = value[i]
    if (char === '\\') i++
    else if (char === separator) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts
}

/** `\,` `\;` `\\` `\n` `\N` decoded; line breaks of any kind become `\n`; trimmed. */
export function unescape(value: string): string {
  return value
    .replace(/\\([nN,;:\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
    .replace(/\r\n?/g, '\n')
    .trim()
}

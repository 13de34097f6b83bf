// The printable poster: a heading, the shop's name, a big QR code, how to use it, the link in small
// print and that one can stop any time — on A4 or A5, in the poster's language. The QR is drawn as
// vector squares from the code's module matrix, so it prints sharp at any size; the text is PT Sans
// embedded whole, so Cyrillic prints and can be searched and read back from the file. (pdf-lib's
// subsetting loses glyphs of this font — seen rendering the subset with pdf.js — so the two TTFs
// go in whole: about 0.3 MB a poster.)
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import type { PosterSize } from '../../../shared/opt-in'
import type { Language } from '../../../shared/settings'
import { posterWords } from './opt-in-words'
import { posterFonts } from './poster-fonts'
import { qrMatrix, quietZoneModules } from './qr-code'

/** Page sizes in PDF points (1/72 inch). */
const pageSizes: Record<PosterSize, [number, number]> = {
  a4: [595.28, 841.89],
  a5: [419.53, 595.28],
}
/** Everything below is laid out for A4 and scaled for A5. */
const a4Width = pageSizes.a4[0]

const ink = rgb(0.1, 0.1, 0.12)
const green = rgb(0.03, 0.45, 0.36)
const grey = rgb(0.38, 0.38, 0.42)

export interface PosterInput {
  size: PosterSize
  language: Language
  shopName: string
  url: string
  /** Written into the file as its creation date. */
  at: Date
}

export async function posterPdf(input: PosterInput): Promise<Uint8Array> {
  const words = posterWords[input.language]
  const doc = await PDFDocument.create()
  doc.registerFontkit(fontkit)
  const fonts = posterFonts()
  const regular = await doc.embedFont(fonts.regular, { subset: false })
  const bold = await doc.embedFont(fonts.bold, { subset: false })
  doc.setTitle(`${words.heading} — ${input.shopName}`)
  doc.setLanguage(input.language === 'ru' ? 'ru-RU' : 'en')
  doc.setProducer('Rupor')
  doc.setCreator('Rupor')
  doc.setCreationDate(input.at)
  doc.setModificationDate(input.at)

  const [width, height] = pageSizes[input.size]
  const page = doc.addPage([width, height])
  const scale = width / a4Width
  const textWidth = width - 2 * 48 * scale

  /** Lays the poster out from `top` down; draws only when asked. Returns where it ended. */
  const layOut = (top: number, draw: boolean): number => {
    let y = top
    const centred = (lines: string[], font: PDFFont, size: number, color = ink) => {
      for (const line of lines) {
        y -= size
        const lineWidth = font.widthOfTextAtSize(line, size)
        if (draw) page.drawText(line, { x: (width - lineWidth) / 2, y, size, font, color })
        y -= size * 0.2
      }
    }
    const headingSize = fitSize(words.heading, bold, 30 * scale, textWidth, 2)
    centred(wrapWords(words.heading, bold, headingSize, textWidth), bold, headingSize)
    y -= 18 * scale
    const nameSize = fitSize(input.shopName, bold, 40 * scale, textWidth, 2)
    centred(wrapWords(input.shopName, bold, nameSize, textWidth), bold, nameSize, green)
    y -= 10 * scale
    const qrSide = 380 * scale
    if (draw) drawQr(page, input.url, (width - qrSide) / 2, y - qrSide, qrSide)
    y -= qrSide + 10 * scale
    const howToSize = fitSize(words.howTo, regular, 19 * scale, textWidth, 2)
    centred(wrapWords(words.howTo, regular, howToSize, textWidth), regular, howToSize)
    y -= 16 * scale
    const smallSize = 8.5 * scale
    centred([words.linkLabel], regular, smallSize, grey)
    centred(wrapLink(input.url, regular, smallSize, textWidth), regular, smallSize, grey)
    y -= 14 * scale
    const stopSize = 12 * scale
    centred(wrapWords(words.stopAnyTime, regular, stopSize, textWidth), regular, stopSize, grey)
    return y
  }
  // Centred on the page, never closer to its top than a printer's margin.
  const contentHeight = height - layOut(height, false)
  layOut(height - Math.max(36 * scale, (height - contentHeight) / 2), true)

  return doc.save()
}

/**
 * Dark modules as one filled path on a white square (the quiet zone): one path has no seams
 * between neighbouring modules, whatever the printer or viewer does at their edges.
 */
function drawQr(page: PDFPage, url: string, x: number, y: number, side: number): void {
  const matrix = qrMatrix(url)
  const cells = matrix.size + 2 * quietZoneModules
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) })
  // In module units, y downwards (SVG's way): each run of dark modules in a row is a rectangle.
  const runs: string[] = []
  for (let row = 0; row < matrix.size; row += 1) {
    let column = 0
    while (column < matrix.size) {
      if (!matrix.isDark(row, column)) {
        column += 1
        continue
      }
      const start = column
      while (column < matrix.size && matrix.isDark(row, column)) column += 1
      const left = quietZoneModules + start
      const topEdge = quietZoneModules + row
      runs.push(
        `M${String(left)} ${String(topEdge)}h${String(column - start)}v1h-${String(column - start)}z`,
      )
    }
  }
  page.drawSvgPath(runs.join(''), { x, y: y + side, scale: side / cells, color: rgb(0, 0, 0) })
}

/** The largest size up to `size` at which the text fits in `maxLines` lines, not below half. */
function fitSize(text: string, font: PDFFont, size: number, width: number, maxLines: number) {
  let current = size
  while (current > size / 2 && wrapWords(text, font, current, width).length > maxLines) {
    current *= 0.92
  }
  return current
}

/** Lines of whole words; a word longer than a line is cut where it must be. */
function wrapWords(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate
      continue
    }
    if (line !== '') lines.push(line)
    if (font.widthOfTextAtSize(word, size) <= width) line = word
    else {
      const pieces = wrapCharacters(word, font, size, width)
      lines.push(...pieces.slice(0, -1))
      line = pieces.at(-1) ?? ''
    }
  }
  if (line !== '') lines.push(line)
  return lines
}

/** A link has no spaces: it is cut where a line is full, never inside a "%D0" escape. */
function wrapLink(url: string, font: PDFFont, size: number, width: number): string[] {
  return wrapPieces(url.match(/%[0-9A-F]{2}|[^%]/gi) ?? [], font, size, width)
}

function wrapCharacters(text: string, font: PDFFont, size: number, width: number): string[] {
  const graphemes = Array.from(new Intl.Segmenter().segment(text), (part) => part.segment)
  return wrapPieces(graphemes, font, size, width)
}

function wrapPieces(pieces: string[], font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const character of pieces) {
    if (line !== '' && font.widthOfTextAtSize(line + character, size) > width) {
      lines.push(line)
      line = ''
    }
    line += character
  }
  if (line !== '') lines.push(line)
  return lines
}

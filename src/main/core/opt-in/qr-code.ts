// The poster's QR code, from the npm `qrcode` library: the module matrix for the PDF (drawn as
// vector squares, sharp at any print size), an SVG for the screen, a PNG for a website or a
// social page. Level M survives a smudge or a reflection on a window (15% of the code).
import QRCode from 'qrcode'

const errorCorrectionLevel = 'M'
/** The quiet zone round the code, in modules: scanners need 4. */
export const quietZoneModules = 4

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number
  isDark(row: number, column: number): boolean
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel })
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 }
}

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel, margin: quietZoneModules })
}

/** About 1000 px wide: sharp on a site and on a phone's screen. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    errorCorrectionLevel,
    margin: quietZoneModules,
    width: 1000,
  })
}

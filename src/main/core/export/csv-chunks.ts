import Papa from 'papaparse'

/**
 * A CSV as a stream of pieces, `rowsPerPiece` rows each, so a large book is never one string:
 * UTF-8 BOM first (Excel then shows Cyrillic), CRLF, as every CSV Rupor writes. The caller
 * neutralises the cells (neutraliseCell).
 */
export function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly string[]>,
  rowsPerPiece = 1000,
): Generator<string> {
  const piece = (batch: readonly (readonly string[])[]) =>
    `${Papa.unparse(batch as string[][], { newline: '\r\n', quotes: false })}\r\n`
  yield `\uFEFF${piece([header])}`
  let batch: (readonly string[])[] = []
  for (const row of rows) {
    batch.push(row)
    if (batch.length >= rowsPerPiece) {
      yield piece(batch)
      batch = []
    }
  }
  if (batch.length > 0) yield piece(batch)
}

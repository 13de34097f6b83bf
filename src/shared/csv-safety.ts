// A spreadsheet opens a cell that starts with = + - @ (or a tab or CR) as a formula. A leading
// apostrophe makes it plain text. Used for every CSV Rupor writes; our own import strips it back.
// A cell that already starts with apostrophes before such a character gets one more, so what the
// import strips is always the one added here: every cell comes back exactly as it was.

export function neutraliseCell(value: string): string {
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function restoreCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

/** A row's cells restored; the same array when none starts with an apostrophe (most rows). */
export function restoreCells(cells: string[]): string[] {
  return cells.some((cell) => cell.startsWith("'")) ? cells.map(restoreCell) : cells
}

// A spreadsheet opens a cell that starts with = + - @ (or a tab or CR) as a formula. A leading
// apostrophe makes it plain text. Used for every CSV Rupor writes; our own import strips it back.

export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

export function restoreCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value
}

// One cell may hold several numbers: Google joins them with " ::: ", people write commas, slashes,
// semicolons or one per line.
const separators = /\s*:::\s*|[,;/|\n\r]+|\s+(?:или|or)\s+/iu

export function splitPhoneCell(cell: string): string[] {
  return cell
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

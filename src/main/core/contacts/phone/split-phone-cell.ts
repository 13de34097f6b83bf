import { beforeExtension } from './phone-extension'

// One cell may hold several numbers: Google joins them with " ::: ", people write commas, slashes,
// semicolons or one per line. An extension after a comma or semicolon ("…-67, доб. 102", vCard's
// ";ext=102") stays with its number.
const separators = new RegExp(
  String.raw`\s*:::\s*|[,;/|\n\r]+(?!${beforeExtension})|\s+(?:или|or)\s+`,
  'iu',
)

/** Whatever any of the separators needs: a cell without it is one number, and is not split. */
const mayHoldSeveral = /[:,;/|\n\r]|\s(?:или|or)\s/iu

export function splitPhoneCell(cell: string): string[] {
  if (!mayHoldSeveral.test(cell)) {
    const only = cell.trim()
    return only === '' ? [] : [only]
  }
  return cell
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

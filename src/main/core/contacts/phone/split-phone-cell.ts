import { beforeExtension } from './phone-extension'

// One cell may hold several numbers: Google joins them with " ::: ", people write commas, slashes,
// semicolons or one per line. An extension after a comma or semicolon ("…-67, доб. 102", vCard's
// ";ext=102") stays with its number.
const separators = new RegExp(
  String.raw`\s*:::\s*|[,;/|\n\r]+(?!${beforeExtension})|\s+(?:или|or)\s+`,
  'iu',
)

export function splitPhoneCell(cell: string): string[] {
  return cell
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '')
}

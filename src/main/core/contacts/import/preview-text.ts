/** The most of any one cell the preview shows: a legal file's note may be a megabyte long. */
export const previewCellChars = 200

/**
 * A cell as the mapping screen shows it: whole when short, else its first `previewCellChars`
 * characters and «…», so a file of huge notes does not send megabytes to the window on every
 * change of the mapping. Only the preview is cut: the import reads the cells whole.
 */
export function previewText(cell: string): string {
  if (cell.length <= previewCellChars) return cell
  // Never end on the first half of a surrogate pair (an emoji), which would show as garbage.
  const end = /[\uD800-\uDBFF]/.test(cell.charAt(previewCellChars - 1))
    ? previewCellChars - 1
    : previewCellChars
  return `${cell.slice(0, end)}…`
}

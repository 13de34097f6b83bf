/**
 * The label of each part of a phone cell. Google joins several numbers in one cell with " ::: "
 * and, when they differ, their labels in the label cell the same way ("Mobile ::: Work"); vCards
 * are read into the same shape. A label cell of one part labels every number of the cell.
 */
/** Google's separator of several values in one cell: "a ::: b". */
const googleValues = /\s*:::\s*/

/**
 * A cell's values as Google joins them. Most cells hold one: those are not run through the
 * pattern, whose pieces and arrays were the import's most garbage.
 */
export const googleValuesOf = (cell: string): string[] =>
  cell.includes(':::') ? cell.split(googleValues) : [cell]

export function labelsOfParts(labelCell: string, parts: number): string[] {
  const labels = googleValuesOf(labelCell).map(readableLabel)
  if (labels.length <= 1) return Array<string>(parts).fill(labels[0] ?? '')
  return Array.from({ length: parts }, (_, i) => labels[i] ?? '')
}

/** The parts of a phone cell as Google separates them; each may still hold several numbers. */
export const partsOfPhoneCell = googleValuesOf

/** Google marks the contact's preferred value "* Mobile": the star is no part of the label. */
export const readableLabel = (label: string): string => label.trim().replace(/^\*\s*/, '')

/**
 * A fax or a pager cannot receive a WhatsApp message: a number so labelled ("Home Fax", "Факс",
 * "Pager", "Пейджер"), or in a column so named (Outlook's "Business Fax"), is never imported as
 * a phone to message.
 */
export const isFaxOrPagerLabel = (label: string): boolean => faxOrPager.test(label)
const faxOrPager = /fax|факс|pager|пейджер|бипер/iu

/**
 * A vCard number's label as Google Contacts writes such labels ("Mobile", "Work", "Home Fax"), so
 * numbers from a vCard and from a Google CSV read alike on the contact card. `types` are the
 * TEL's TYPE values as written (3.0/4.0 `TYPE=HOME,FAX`, 2.1 bare `;CELL;PREF`); `custom` is
 * the label the phone's owner gave it (iOS `item1.X-ABLabel`), which wins — except over a fax or
 * pager type, which must stay visible in the label (such numbers are never messaged).
 */
export function vcardPhoneLabel(types: readonly string[], custom: string | undefined): string {
  const typed = labelOfTypes(types)
  const own = custom === undefined ? '' : appleLabel(custom)
  if (own === '') return typed
  if (isFaxOrPagerType(types) && !/fax|факс|pager|пейджер/i.test(own)) return typed
  return own
}

/** Whether the types make it a mobile number. */
export const isMobileType = (types: readonly string[]): boolean =>
  types.some((type) => /^(?:CELL|MOBILE|IPHONE)$/i.test(type))

export const isFaxOrPagerType = (types: readonly string[]): boolean =>
  types.some((type) => /^(?:FAX|PAGER)$/i.test(type))

const places: Record<string, string> = { HOME: 'Home', WORK: 'Work', OTHER: 'Other', CAR: 'Car' }
const kinds: Record<string, string> = {
  FAX: 'Fax',
  PAGER: 'Pager',
  CELL: 'Mobile',
  MOBILE: 'Mobile',
  IPHONE: 'iPhone',
  MAIN: 'Main',
  VIDEO: 'Video',
  TEXTPHONE: 'Textphone',
}

/** "Work Mobile", "Home Fax", "Main"; VOICE, PREF, INTERNET and the like say nothing. */
function labelOfTypes(types: readonly string[]): string {
  const upper = types.map((type) => type.toUpperCase())
  const place = upper.map((type) => places[type]).find(Boolean)
  const kind = kindOrder.filter((type) => upper.includes(type)).map((type) => kinds[type])[0]
  const words = [place, kind].filter(Boolean).join(' ')
  if (words !== '') return words
  // Some 2.1 exporters write the owner's label as a bare `X-…` parameter: `TEL;X-Склад:…`.
  const custom = types.find((type) => /^X-./i.test(type))
  return custom === undefined ? '' : custom.slice(2)
}
const kindOrder = ['FAX', 'PAGER', 'IPHONE', 'CELL', 'MOBILE', 'MAIN', 'VIDEO', 'TEXTPHONE']

/** iOS writes its own labels as `_$!<Mobile>!$_`, `_$!<HomeFAX>!$_`; the owner's as written. */
function appleLabel(label: string): string {
  const inner = /^_\$!<(.*)>!\$_$/.exec(label.trim())?.[1]
  if (inner === undefined) return label.trim()
  return inner.replace(/FAX$/, ' Fax').trim()
}

// UTM tags on the links of a message, so the shop sees in its analytics which visits a broadcast
// brought. A regex only finds where a link is; URL decides what it is.

const utmSource = 'whatsapp'
const utmMedium = 'broadcast'

/**
 * From "http" to the next space or quote-like character; trailing punctuation is handed back to
 * the sentence afterwards (trimLink).
 */
const linkPattern = /https?:\/\/[^\s<>"«»“”„]+/giu
/** Ends a sentence or a WhatsApp format (*bold*, _italic_, ~strike~), rarely a link. */
const trailingPunctuation = /[.,;:!?…'‘’*_~]$/u
const closers: Record<string, string> = { ')': '(', ']': '[', '}': '{' }

function count(text: string, char: string): number {
  return text.split(char).length - 1
}

/**
 * "…ru/sale." → "…ru/sale"; "(…ru/sale)" → "…ru/sale"; but a closing bracket the link itself
 * opened stays, as in "…wiki/Rupor_(app)".
 */
function trimLink(link: string): string {
  let end = link.length
  for (;;) {
    const head = link.slice(0, end)
    const last = head.slice(-1)
    const opener = closers[last]
    if (trailingPunctuation.test(head)) end--
    else if (opener !== undefined && count(head, last) > count(head, opener)) end--
    else return head
  }
}

/**
 * The campaign as a utm_campaign value: lowercase, letters (Cyrillic too) and digits kept, any
 * other run of characters one "-", none at the ends. "Весна 2025!" → "весна-2025";
 * URLSearchParams percent-encodes the Cyrillic letters.
 */
export function utmSlug(campaign: string): string {
  return campaign
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
}

/**
 * The link with the tags it lacks, or as it was when it is not a URL or has them all. Only the
 * tags are added to the text as written: re-serialising the URL would turn "магазин.рф" into
 * "xn--80aa0aec.xn--p1ai" and a Cyrillic path into %D1%81… in front of the recipient.
 */
function tagLink(link: string, campaign: string): string {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return link
  }
  const present = new Set(Array.from(url.searchParams.keys(), (key) => key.toLowerCase()))
  const wanted: [string, string][] = [
    ['utm_source', utmSource],
    ['utm_medium', utmMedium],
  ]
  if (campaign !== '') wanted.push(['utm_campaign', campaign])
  const missing = wanted.filter(([key]) => !present.has(key))
  if (missing.length === 0) return link

  const hash = link.indexOf('#')
  const beforeHash = hash === -1 ? link : link.slice(0, hash)
  const fragment = hash === -1 ? '' : link.slice(hash)
  const query = beforeHash.indexOf('?')
  const joiner =
    query === -1 ? '?' : query === beforeHash.length - 1 || beforeHash.endsWith('&') ? '' : '&'
  const tagged = `${beforeHash}${joiner}${new URLSearchParams(missing).toString()}${fragment}`
  // The tags must read back as tags, or a second pass would add them again.
  return hasAll(tagged, missing) ? tagged : link
}

function hasAll(link: string, tags: [string, string][]): boolean {
  const params = new URL(link).searchParams
  return tags.every(([key, value]) => params.getAll(key).includes(value))
}

/**
 * Adds utm_source=whatsapp&utm_medium=broadcast&utm_campaign=<slug> to every http(s) link, keeping
 * its query and fragment and the punctuation after it; a tag the link already has is kept as it
 * is. An empty campaign adds only source and medium. Idempotent.
 */
export function addUtm(text: string, campaign: string): string {
  const slug = utmSlug(campaign)
  return text.replace(linkPattern, (found: string) => {
    const link = trimLink(found)
    return tagLink(link, slug) + found.slice(link.length)
  })
}

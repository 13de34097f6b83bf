// What the meter reads in a message's text: pure functions of a string, Unicode-aware, because
// most of Rupor's messages are Russian and JavaScript's \b and \w only know Latin letters.

/** Not preceded by a letter or digit: a word start that works for Cyrillic too. */
const wordStart = String.raw`(?<![\p{L}\p{N}_])`
/** Not followed by a letter or digit. */
const wordEnd = String.raw`(?![\p{L}\p{N}_])`

/** Hosts whose links hide where they lead: a common sign of spam (Rupor's rule of thumb). */
export const linkShorteners: readonly string[] = [
  'bit.ly',
  'tinyurl.com',
  'goo.gl',
  't.co',
  'clck.ru',
  'vk.cc',
  'cutt.ly',
  'is.gd',
  'ow.ly',
  'rebrand.ly',
  'tiny.cc',
  'u.to',
  'shorturl.at',
  't.ly',
  's.id',
  'rb.gy',
]

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A link: anything from http://, https:// or www. up to the next space — or a known shortener's
 * host followed by a path, since WhatsApp makes "bit.ly/abc" clickable without a scheme.
 */
const linkPattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.\-@/])(?:https?:\/\/|www\.|(?:${linkShorteners.map(escapeForRegExp).join('|')})\/)\S+`,
  'giu',
)

/** The links of a text, in order. */
export function findLinks(text: string): string[] {
  return text.match(linkPattern) ?? []
}

/** The host of a link, lower-case, without "www." and trailing punctuation. */
export function linkHost(link: string): string {
  const withoutScheme = link.replace(/^https?:\/\//i, '')
  const host = withoutScheme.split(/[/?#:\s]/u)[0] ?? ''
  return host
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/[.,;!?)»"']+$/u, '')
}

/** Links whose host is a known shortener (or a subdomain of one). */
export function shortenerLinks(text: string): string[] {
  return findLinks(text).filter((link) => {
    const host = linkHost(link)
    return linkShorteners.some((s) => host === s || host.endsWith(`.${s}`))
  })
}

/** Length as a person counts it: code points, so an emoji or a Cyrillic letter is one. */
export function characterCount(text: string): number {
  let count = 0
  for (const _ of text) count += 1
  return count
}

const capsWord = /\p{L}+/gu
const upper = /^\p{Lu}+$/u

/**
 * "Shouting": exclamation marks plus words of three or more letters all in capitals (Latin or
 * Cyrillic). Links are left out: a host or a code in capitals is no shouting.
 */
export function shoutingCount(text: string): number {
  const prose = text.replace(linkPattern, ' ')
  const exclamations = (prose.match(/[!！]/gu) ?? []).length
  const capitals = (prose.match(capsWord) ?? []).filter(
    (word) => characterCount(word) >= 3 && upper.test(word),
  ).length
  return exclamations + capitals
}

interface PromoWord {
  /** How the word is reported (one count per label, however often it appears). */
  label: string
  pattern: RegExp
}

/** Letters as written; a space between words matches any run of white space. */
const literal = (text: string): string => escapeForRegExp(text).replace(/ /g, String.raw`\s+`)

/** A Russian stem: it matches at a word start, any ending after it. */
const stem = (label: string): PromoWord => ({
  label,
  pattern: new RegExp(wordStart + literal(label), 'iu'),
})
/** A whole word or phrase, with an optional plural "s". */
const word = (label: string): PromoWord => ({
  label,
  pattern: new RegExp(wordStart + literal(label) + 's?' + wordEnd, 'iu'),
})

/** Words of a pushy advertisement rather than news for regulars (ё is read as е). */
export const promoWords: readonly PromoWord[] = [
  stem('скидк'),
  stem('акци'),
  // «купи», «купите», «купить», but not «купил» (a receipt says that).
  { label: 'купи', pattern: new RegExp(wordStart + '(?:купи|купите|купить)' + wordEnd, 'iu') },
  stem('распродаж'),
  stem('бесплатн'),
  stem('выгод'),
  stem('спецпредложен'),
  stem('промокод'),
  stem('только сегодня'),
  stem('успей'),
  stem('торопи'),
  stem('последний шанс'),
  stem('дешев'),
  stem('супер цен'),
  word('sale'),
  word('discount'),
  word('buy'),
  word('free'),
  word('offer'),
  stem('promo'),
  word('deal'),
  word('limited time'),
  word('cheap'),
  word('hurry'),
  word('last chance'),
  word('act now'),
  { label: '% off', pattern: /\d\s*%\s*off(?![\p{L}\p{N}_])/iu },
  { label: '−N%', pattern: /[-−–]\s?\d{1,2}\s?%/u },
]

/** The distinct promo words in a text, by label; words inside a link's address do not count. */
export function findPromoWords(text: string): string[] {
  const normal = text.replace(linkPattern, ' ').replace(/ё/g, 'е').replace(/Ё/g, 'Е')
  return promoWords.filter((p) => p.pattern.test(normal)).map((p) => p.label)
}

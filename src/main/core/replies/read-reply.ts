// What a person's reply means for their messages: a certain request to stop, a likely one the owner
// decides, or anything else. Pure: the phrase lists are data (stop-phrases.ts), read word by word.
import type { ReplyReading } from '../../../shared/replies'
import { replyWords } from './reply-words'
import {
  fillerWords,
  likelyStopPhrases,
  negatingWords,
  notStopPhrases,
  onlyWordStops,
  passableWords,
  stopEmoji,
  stopPhrases,
  wholeReplyLikelyStops,
  wholeReplyStops,
} from './stop-phrases'

export type { ReplyReading }

/** A stop request longer than this is never certain: the rest of the message may say otherwise. */
const longestCertainReply = 12
/** How many small words a phrase may step over between two of its own words. */
const mostPassedWords = 2

interface Slot {
  words: ReadonlySet<string>
  stems: readonly string[]
  /** Stems a word may miss by one letter (a typo): "unsuscribe" for "~unsubscrib*". */
  nearStems: readonly string[]
  optional: boolean
}
type Phrase = readonly Slot[]
/**
 * certain and likely: anywhere in the reply. The rest only with nothing but filler words around:
 * whole_reply is then certain, only_word is certain as the only word and likely with fillers
 * ("Cancel please"), whole_likely is likely.
 */
type Strength = 'certain' | 'likely' | 'whole_reply' | 'only_word' | 'whole_likely'

const fold = (word: string): string => replyWords(word).join('-')

function slot(body: string, optional: boolean): Slot {
  const alternatives = body.split('|')
  const stems = alternatives.filter((a) => a.endsWith('*') && !a.startsWith('~'))
  const near = alternatives.filter((a) => a.endsWith('*') && a.startsWith('~'))
  return {
    words: new Set(alternatives.filter((a) => !a.endsWith('*')).map(fold)),
    stems: stems.map((a) => fold(a.slice(0, -1))),
    nearStems: near.map((a) => fold(a.slice(1, -1))),
    optional,
  }
}

/**
 * A phrase of the lists as the slots it is read by. An alternative of several words is written with
 * "_" ("dont|do_not want"): the phrase then has one variant per way, each a plain list of slots.
 */
export function compile(phrase: string): Phrase[] {
  let variants: Slot[][] = [[]]
  for (const raw of phrase.split(' ')) {
    const optional = raw.endsWith('?')
    const alternatives = (optional ? raw.slice(0, -1) : raw).split('|')
    const single = alternatives.filter((a) => !a.includes('_'))
    const ways: Slot[][] = alternatives
      .filter((a) => a.includes('_'))
      .map((a) => a.split('_').map((part) => slot(part, false)))
    const several = ways.length > 0
    if (single.length > 0) ways.unshift([slot(single.join('|'), optional && !several)])
    if (optional && several) ways.push([])
    variants = variants.flatMap((variant) => ways.map((way) => [...variant, ...way]))
  }
  return variants
}

const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold))

const phrases: readonly { phrase: Phrase; strength: Strength }[] = (
  [
    [stopPhrases, 'certain'],
    [likelyStopPhrases, 'likely'],
    [wholeReplyStops, 'whole_reply'],
    [onlyWordStops, 'only_word'],
    [wholeReplyLikelyStops, 'whole_likely'],
  ] as const
).flatMap(([list, strength]) =>
  list.flatMap((p) => compile(p).map((phrase) => ({ phrase, strength }))),
)
const notStops = notStopPhrases.flatMap(compile)
const fillers = wordSet(fillerWords)
const negating = wordSet(negatingWords)
const passable = wordSet(passableWords)
const emoji = new Set(stopEmoji)

/** Whether some start of `word` is `stem` with at most one letter added, dropped or changed. */
function nearlyStartsWith(word: string, stem: string): boolean {
  const a = Array.from(stem)
  const b = Array.from(word)
  // row[j]: the distance between the stem so far and the first j letters of the word.
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i]
    for (let j = 1; j <= b.length; j += 1) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1
      next.push(Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + same))
    }
    row = next
  }
  return Math.min(...row) <= 1
}

const fits = (slot: Slot, word: string): boolean =>
  slot.words.has(word) ||
  slot.stems.some((stem) => word.startsWith(stem)) ||
  slot.nearStems.some((stem) => nearlyStartsWith(word, stem))

/** Where the phrase ends if it starts at `start` (the longest way), or -1. */
function matchEnd(phrase: Phrase, words: readonly string[], start: number): number {
  const from = (slotAt: number, at: number): number => {
    const slot = phrase[slotAt]
    if (!slot) return at
    let best = slot.optional ? from(slotAt + 1, at) : -1
    // The first word is where the phrase starts; later ones may follow a few small words.
    const passes = slotAt === 0 ? 0 : mostPassedWords
    for (let skip = 0; skip <= passes; skip += 1) {
      const word = words[at + skip]
      if (word === undefined) break
      if (fits(slot, word)) best = Math.max(best, from(slotAt + 1, at + skip + 1))
      if (!passable.has(word)) break
    }
    return best
  }
  return from(0, start)
}

interface Found {
  start: number
  end: number
  strength: Strength
}

function stopsIn(words: readonly string[]): Found[] {
  // Unrelated uses: «стоп-кран», "stop by", «отпишите мне» ("write to me").
  const unrelated: { start: number; end: number }[] = []
  for (let start = 0; start < words.length; start += 1) {
    for (const phrase of notStops) {
      const end = matchEnd(phrase, words, start)
      if (end > start) unrelated.push({ start, end })
    }
  }
  const found: Found[] = []
  let start = 0
  while (start < words.length) {
    let best: Found | null = null
    for (const { phrase, strength } of phrases) {
      const end = matchEnd(phrase, words, start)
      if (end > start && (!best || end > best.end)) best = { start, end, strength }
    }
    if (!best) {
      start += 1
      continue
    }
    const negated = negating.has(words[start - 1] ?? '')
    // A stop phrase that says more than the unrelated use it starts in still counts: «отпишите
    // мне» is "write to me", «отпишите мне от рассылки» is not.
    const { end } = best
    const inUnrelated = unrelated.some((u) => u.start <= start && end <= u.end)
    if (!negated && !inUnrelated) found.push(best)
    start = best.end
  }
  return found
}

/** A reply of nothing but stop-like emoji (🛑, ✋, ⛔, 👎), punctuation and spaces. */
function onlyStopEmoji(text: string): boolean {
  // Spaces, punctuation, joiners, text or emoji presentation, skin tones (👎🏻 is 👎).
  const rest = Array.from(text.replace(/\s|\p{P}|\u200D|\uFE0E|\uFE0F|\p{Emoji_Modifier}/gu, ''))
  return rest.length > 0 && rest.every((ch) => emoji.has(ch))
}

/**
 * Reads a reply: 'stop' when a short message is a stop request («Стоп 🙏», "unsubscribe me",
 * «не пишите мне больше»); 'maybe_stop' when a stop-like phrase sits in a longer or unclear
 * message («стоп, а сколько стоит?», "not interested", «отпишусь» — "I'll write back" as often as
 * "I'll unsubscribe"), or the reply is only 🛑 or 👎; 'other' for the rest, negations («не стоп»)
 * and unrelated uses («стоп-кран», "stop by the shop", «отпишите мне») included.
 */
export function readReply(text: string): ReplyReading {
  const words = replyWords(text)
  if (words.length === 0) return onlyStopEmoji(text) ? 'maybe_stop' : 'other'
  const readings: ('certain' | 'likely')[] = []
  const covered = new Set<number>()
  for (const f of stopsIn(words)) {
    let reading: 'certain' | 'likely'
    if (f.strength === 'certain' || f.strength === 'likely') reading = f.strength
    else {
      const alone = words.every((w, at) => (at >= f.start && at < f.end) || fillers.has(w))
      if (!alone) continue
      const onlyWord = f.start === 0 && f.end === words.length
      reading =
        f.strength === 'whole_reply' || (f.strength === 'only_word' && onlyWord)
          ? 'certain'
          : 'likely'
    }
    readings.push(reading)
    for (let at = f.start; at < f.end; at += 1) covered.add(at)
  }
  if (readings.length === 0) return 'other'
  const certain =
    words.length <= longestCertainReply &&
    readings.every((r) => r === 'certain') &&
    words.every((word, at) => covered.has(at) || fillers.has(word))
  return certain ? 'stop' : 'maybe_stop'
}

/** Whether `phrase` (in the lists' mini-syntax) reads all of `text`, word for word: for tests. */
export function phraseReads(phrase: string, text: string): boolean {
  const words = replyWords(text)
  return compile(phrase).some((p) => matchEnd(p, words, 0) === words.length)
}

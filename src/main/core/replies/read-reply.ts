// What a person's reply means for their messages: a certain request to stop, a likely one the owner
// decides, or anything else. Pure: the phrase lists are data (stop-phrases.ts), read word by word.
import type { ReplyReading } from '../../../shared/replies'
import { replyWords } from './reply-words'
import {
  fillerWords,
  likelyStopPhrases,
  negatingWords,
  notStopPhrases,
  passableWords,
  stopPhrases,
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
  optional: boolean
}
type Phrase = readonly Slot[]
type Strength = 'certain' | 'likely' | 'whole_reply'

const fold = (word: string): string => replyWords(word).join('-')

function compile(phrase: string): Phrase {
  return phrase.split(' ').map((raw) => {
    const optional = raw.endsWith('?')
    const alternatives = (optional ? raw.slice(0, -1) : raw).split('|')
    return {
      words: new Set(alternatives.filter((a) => !a.endsWith('*')).map(fold)),
      stems: alternatives.filter((a) => a.endsWith('*')).map((a) => fold(a.slice(0, -1))),
      optional,
    }
  })
}

const wordSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold))

const phrases: readonly { phrase: Phrase; strength: Strength }[] = [
  ...stopPhrases.map((p) => ({ phrase: compile(p), strength: 'certain' as const })),
  ...likelyStopPhrases.map((p) => ({ phrase: compile(p), strength: 'likely' as const })),
  ...wholeReplyStops.map((p) => ({ phrase: compile(p), strength: 'whole_reply' as const })),
]
const notStops = notStopPhrases.map(compile)
const fillers = wordSet(fillerWords)
const negating = wordSet(negatingWords)
const passable = wordSet(passableWords)

const fits = (slot: Slot, word: string): boolean =>
  slot.words.has(word) || slot.stems.some((stem) => word.startsWith(stem))

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
  const unrelated = new Set<number>()
  for (let start = 0; start < words.length; start += 1) {
    for (const phrase of notStops) {
      const end = matchEnd(phrase, words, start)
      for (let at = start; at < end; at += 1) unrelated.add(at)
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
    let overlapsUnrelated = false
    for (let at = best.start; at < best.end; at += 1) overlapsUnrelated ||= unrelated.has(at)
    if (!negated && !overlapsUnrelated) found.push(best)
    start = best.end
  }
  return found
}

/**
 * Reads a reply: 'stop' when a short message is a stop request («Стоп 🙏», "unsubscribe me",
 * «не пишите мне больше»); 'maybe_stop' when a stop-like phrase sits in a longer or unclear
 * message («стоп, а сколько стоит?», "not interested"); 'other' for the rest, negations («не стоп»)
 * and unrelated uses («стоп-кран», "stop by the shop") included.
 */
export function readReply(text: string): ReplyReading {
  const words = replyWords(text)
  const found = stopsIn(words)
  const whole = found.filter(
    (f) =>
      f.strength !== 'whole_reply' ||
      words.every((w, at) => (at >= f.start && at < f.end) || fillers.has(w)),
  )
  if (whole.length === 0) return 'other'
  const covered = new Set<number>()
  for (const f of whole) for (let at = f.start; at < f.end; at += 1) covered.add(at)
  const certain =
    words.length <= longestCertainReply &&
    whole.every((f) => f.strength !== 'likely') &&
    words.every((word, at) => covered.has(at) || fillers.has(word))
  return certain ? 'stop' : 'maybe_stop'
}

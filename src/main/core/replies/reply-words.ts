// A reply cut into words as the stop reader compares them: the same spelling, however it was typed.

/** Latin letters that look like Cyrillic ones (after lower-casing), and back. */
const latinToCyrillic: Record<string, string> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
}
const cyrillicToLatin: Record<string, string> = Object.fromEntries(
  Object.entries(latinToCyrillic).map(([latin, cyrillic]) => [cyrillic, latin]),
)

const cyrillic = /\p{Script=Cyrillic}/u
const latin = /\p{Script=Latin}/u

type Alphabet = 'cyrillic' | 'latin'

/**
 * Which alphabet a word is typed in: «СТОП» with a Latin C is Russian, "SТОР" with Cyrillic Т, О, Р
 * is English. A letter only one alphabet has (п, s) decides; else the most letters do; 'tie' when
 * the letters are as many («нe» with a Latin e), null for a word without letters.
 */
function alphabetOf(word: string): Alphabet | 'tie' | null {
  const letters = Array.from(word)
  const isCyrillic = letters.map((ch) => cyrillic.test(ch))
  const isLatin = letters.map((ch) => latin.test(ch))
  const anyCyrillic = isCyrillic.includes(true)
  const anyLatin = isLatin.includes(true)
  if (!anyCyrillic || !anyLatin) return anyCyrillic ? 'cyrillic' : anyLatin ? 'latin' : null
  const onlyRussian = letters.some((ch, i) => isCyrillic[i] && !(ch in cyrillicToLatin))
  const onlyLatin = letters.some((ch, i) => isLatin[i] && !(ch in latinToCyrillic))
  if (onlyRussian !== onlyLatin) return onlyRussian ? 'cyrillic' : 'latin'
  const cyrillicCount = isCyrillic.filter(Boolean).length
  const latinCount = isLatin.filter(Boolean).length
  return cyrillicCount === latinCount ? 'tie' : cyrillicCount > latinCount ? 'cyrillic' : 'latin'
}

/** The word in one alphabet: look-alike letters of the other one replaced. */
function inAlphabet(word: string, alphabet: Alphabet): string {
  const map = alphabet === 'cyrillic' ? latinToCyrillic : cyrillicToLatin
  return Array.from(word)
    .map((ch) => map[ch] ?? ch)
    .join('')
}

/**
 * Each word in one alphabet. A word with as many letters of each («нe пишите» with a Latin e) takes
 * the alphabet of the nearest word that has one («не»); with no such word, Latin.
 */
function oneAlphabet(words: readonly string[]): string[] {
  const alphabets = words.map(alphabetOf)
  const decided = (at: number): Alphabet | null => {
    const alphabet = alphabets[at]
    return alphabet === 'cyrillic' || alphabet === 'latin' ? alphabet : null
  }
  return words.map((word, at) => {
    const alphabet = alphabets[at]
    if (!alphabet) return word
    if (alphabet !== 'tie') return inAlphabet(word, alphabet)
    for (let distance = 1; distance < words.length; distance += 1) {
      const near = decided(at - distance) ?? decided(at + distance)
      if (near) return inAlphabet(word, near)
    }
    return inAlphabet(word, 'latin')
  })
}

/**
 * The words of a text: lower case, no accents (ё is е, й is и — the phrase lists go through the
 * same folding), no apostrophes ("don't" is "dont"), emoji and punctuation dropped, a hyphen kept
 * only inside a word («стоп-кран» is not «стоп»), one alphabet per word (see oneAlphabet), and a letter repeated in a
 * row written once («стопппп» is «стоп»; the phrase lists are folded alike, so "messages" still meets
 * "messages").
 */
export function replyWords(text: string): string[] {
  const plain = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`ʼ]/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
  const words = plain
    .split(/\s+/u)
    .map((word) => word.replace(/^-+|-+$/gu, '').replace(/-{2,}/gu, '-'))
    .filter((word) => word !== '')
  return oneAlphabet(words).map((word) => word.replace(/(\p{L})\1+/gu, '$1'))
}

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

/**
 * «СТОП» typed with a Latin C reads as «стоп»; "SТОР" with Cyrillic Т, О, Р reads as "stop". A
 * letter only one alphabet has (п, s) says which alphabet the word is in; else the most letters do.
 */
function oneAlphabet(word: string): string {
  const letters = Array.from(word)
  const isCyrillic = letters.map((ch) => cyrillic.test(ch))
  const isLatin = letters.map((ch) => latin.test(ch))
  if (!isCyrillic.includes(true) || !isLatin.includes(true)) return word
  const onlyRussian = letters.some((ch, i) => isCyrillic[i] && !(ch in cyrillicToLatin))
  const onlyLatin = letters.some((ch, i) => isLatin[i] && !(ch in latinToCyrillic))
  const russian =
    onlyRussian !== onlyLatin
      ? onlyRussian
      : isCyrillic.filter(Boolean).length > isLatin.filter(Boolean).length
  const map = russian ? latinToCyrillic : cyrillicToLatin
  return letters.map((ch) => map[ch] ?? ch).join('')
}

/**
 * The words of a text: lower case, no accents (ё is е, й is и — the phrase lists go through the
 * same folding), no apostrophes ("don't" is "dont"), emoji and punctuation dropped, a hyphen kept
 * only inside a word («стоп-кран» is not «стоп»), one alphabet per word, and a letter repeated in a
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
  return plain
    .split(/\s+/u)
    .map((word) => word.replace(/^-+|-+$/gu, '').replace(/-{2,}/gu, '-'))
    .filter((word) => word !== '')
    .map((word) => oneAlphabet(word).replace(/(\p{L})\1+/gu, '$1'))
}

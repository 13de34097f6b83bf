// What one word of a person's name looks like: an initial, a patronymic (отчество), a Russian
// surname, a known first name. Each answers for a single word, case and ё ignored.
import { knownFirstNames } from './first-names'

const fold = (word: string): string => word.toLowerCase().replace(/ё/g, 'е')

/** "И.", "И.И.", "И.И", "A.", "J.R.R.", or a lone letter "И": no name to greet by. */
export function isInitial(word: string): boolean {
  return /^(?:\p{L}\.)+\p{L}?$|^\p{L}$/u.test(word)
}

/** A name part written only as initials: "И.", "И. И.", "A.B.". */
export function isInitialsOnly(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return false
  // Most parts are one word: asked as it is, not split into a list of one.
  return /\s/u.test(trimmed) ? trimmed.split(/\s+/u).every(isInitial) : isInitial(trimmed)
}

/**
 * -ович/-евич, -ична/-инична, -овна/-евна; and the few -ич ones without -ов/-ев (Ильич, Кузьмич,
 * Фомич, Лукич, Никитич, Саввич): bare -ич is mostly a surname (Бабич, Марич).
 */
const patronymic =
  /^\p{L}{2,}(?:ович|евич|ична|овна|евна)$|^(?:иль|кузьм|фом|лук|никит|савв|фок)ич$/u

export function isPatronymic(word: string): boolean {
  return patronymic.test(fold(word))
}

export function isKnownFirstName(word: string): boolean {
  return knownFirstNames.has(fold(word))
}

const surnameEnding =
  /\p{L}{2,}(?:ов|ев|ин|ын|ский|цкий|ской|цкой|ова|ева|ина|ына|ская|цкая|ых|их|енко|чук)$/u

/** Ends as Russian surnames do (Иванов, Смирнова, Пушкин, Вяземский, Черных) and is no known first name. */
export function isSurnameLike(word: string): boolean {
  const folded = fold(word)
  return surnameEnding.test(folded) && !knownFirstNames.has(folded)
}

/** Legal forms and the like: "ООО Ромашка" or "ИП Петров" is a business, not a person to split. */
const businessWords = new Set([
  'ооо',
  'оао',
  'зао',
  'пао',
  'ао',
  'ип',
  'нко',
  'тоо',
  'чп',
  'магазин',
  'фирма',
  'компания',
  'llc',
  'inc',
  'inc.',
  'ltd',
  'ltd.',
  'gmbh',
  'co.',
])

/** Letters, with hyphens, apostrophes or dots inside: "Петров-Водкин", "O'Brien", "И.И.". */
const nameWord = /^\p{L}[\p{L}\p{M}'’.-]*$/u

/** A word a person's name may have: letters only, and no legal form. */
export function isNameWord(word: string): boolean {
  return nameWord.test(word) && !businessWords.has(fold(word))
}

/** Lower-case words a name may have between capitalised ones: «Алиев Рашид Гусейн оглы», "van". */
const nameParticles = new Set([
  'оглы',
  'кызы',
  'улы',
  'де',
  'да',
  'ди',
  'дю',
  'ван',
  'фон',
  'van',
  'von',
  'de',
  'da',
  'di',
  'du',
  'der',
  'den',
  'del',
  'la',
  'le',
  'bin',
  'ibn',
])

/**
 * Capitalised words beside lower-case ones that are no name particle: «Склад на Лесной», «Маша
 * с работы» are a note about someone, not their name. A name typed all in lower case is still one.
 */
export function isPhrase(words: readonly string[]): boolean {
  const lower = (word: string) => word.charAt(0) !== word.charAt(0).toLocaleUpperCase()
  const capitalised = words.some((word) => !lower(word))
  return capitalised && words.some((word) => lower(word) && !nameParticles.has(fold(word)))
}

// The log's second line of defence: what the code writes to it is codes and names (see
// describe-for-log.ts), but a string that slipped through loses anything that looks personal.

/** 6 or more digits, written with or without +, spaces, dashes, dots or brackets: a phone number. */
const numberLike = /\+?\(?\d[\d\s\-().]*\d\)?/g
/** A run of Cyrillic words: a name or a message text (the log itself is written in English). */
const cyrillic = /[\u0400-\u04ff]+(?:[\s\-'’.,!?:;]+[\u0400-\u04ff]+)*/g
/** 20 or more characters of a token's alphabet with letters and digits both: a token or a key. */
const tokenLike = /[A-Za-z0-9_\-+/=]{20,}/g
// Bounded on both sides of the @: a long line without one costs no backtracking.
const email = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g
/** What a message quotes is usually the data it was about. */
const quoted = /"[^"\n]*"|«[^»\n]*»|“[^”\n]*”|`[^`\n]*`|(?<![A-Za-z])'[^'\n]*'/g

const digitsIn = (text: string): number => text.replace(/\D/g, '').length

export function scrubPersonalData(text: string): string {
  return text
    .replace(quoted, '<quoted>')
    .replace(email, '<email>')
    .replace(tokenLike, (run) => (/\d/.test(run) && /[A-Za-z]/.test(run) ? '<secret>' : run))
    .replace(numberLike, (run) => (digitsIn(run) >= 6 ? '<number>' : run))
    .replace(cyrillic, '<text>')
}

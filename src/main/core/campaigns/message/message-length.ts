// How long a message looks to the person reading it: graphemes, so "👍🏽" or "й" written as и + ˘
// is one character, as the composer's counter should show.

/**
 * From here the composer warns: a broadcast that does not fit on a phone screen or two is read
 * less and reported more, so the owner hears it early, well before anything is refused.
 */
export const longFromCharacters = 500
/**
 * From here it is flagged red: long unsolicited texts are a classic spam signal, and every report
 * counts against the shop's number. WhatsApp itself accepts up to 4096 characters.
 */
export const tooLongFromCharacters = 1000

export type MessageLengthLevel = 'ok' | 'long' | 'too_long'

export interface MessageLength {
  characters: number
  level: MessageLengthLevel
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

export function measureMessage(text: string): MessageLength {
  let characters = 0
  for (const _ of graphemes.segment(text)) characters++
  const level =
    characters >= tooLongFromCharacters
      ? 'too_long'
      : characters >= longFromCharacters
        ? 'long'
        : 'ok'
  return { characters, level }
}

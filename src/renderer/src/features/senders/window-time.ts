import { zoneInWords } from '../../components/dates/zone-in-words'

/**
 * When a number's sending window opens or closes, in the window's own time zone: a window of
 * 10:00–20:00 Moscow time says "until 10:00", not the 07:00 of a computer set to UTC. The zone is
 * named only when the computer's differs, so the usual case reads plainly.
 */
export function windowTime(
  at: number,
  options: { timeZone: string; language: string; now?: number; computerTimeZone: string },
): string {
  const { timeZone, language, now = Date.now(), computerTimeZone } = options
  const day = (t: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(t)
  const sameZone = offsetAt(timeZone, at) === offsetAt(computerTimeZone, at)
  const time = new Intl.DateTimeFormat(language, {
    timeZone,
    ...(day(at) === day(now) ? {} : { weekday: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(at)
  // «пн, 10:00 (Москва, GMT+3)»: the zone in words, as everywhere else.
  return sameZone ? time : `${time} (${zoneInWords(timeZone, at, language)})`
}

/** The zone's offset from UTC at a moment, as Intl writes it ("GMT+3"). */
function offsetAt(timeZone: string, at: number): string {
  return (
    new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? timeZone
  )
}

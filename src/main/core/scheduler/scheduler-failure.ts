/**
 * What the log says when the scheduler fails for a sender: the error's kind, its words with any
 * run of digits that could be a phone number masked, and where it happened. Never the sender's
 * number, a recipient or a message text (the scheduler does not put them in the line itself).
 */
export function schedulerFailureText(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error
  const message = error instanceof Error ? error.message : String(error)
  const frames =
    error instanceof Error && error.stack !== undefined
      ? error.stack
          .split('\n')
          .filter((line) => line.trimStart().startsWith('at '))
          .slice(0, 8)
          .join('\n')
      : ''
  const masked = message.replace(/\+?\d[\d\s().-]{4,}\d/g, '[digits]').slice(0, 300)
  return `The scheduler failed for a sending number; its campaigns are paused (internal_error). ${name}: ${masked}\n${frames}`
}

/**
 * Lets the calls waiting on the core's thread run: a long export pulls its pieces one at a time
 * and waits one turn of the event loop between them, so no answer to the UI waits on a whole book.
 * Nothing may hold a statement open across a turn (another call on the connection would fail).
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))

/** The pieces joined, one turn between each. */
export async function joinedInTurns(pieces: Iterable<string>): Promise<string> {
  const parts: string[] = []
  for (const piece of pieces) {
    parts.push(piece)
    await nextTurn()
  }
  return parts.join('')
}

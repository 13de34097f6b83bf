import type { CallName } from '../../shared/api'
import { damageOf } from './db/damage-of'
import { databaseDamaged } from './errors'
import type { Handlers } from './handlers'

/**
 * Calls refused outright once the database is found damaged, before they run: a daily
 * copy of a damaged file would push a good one out, and a restore carries the opt-outs from the
 * file in use — the recovery at the next start reads the damaged file tolerantly instead. WhatsApp
 * opened again on a claimed message, or a list message handed out, would be a send that cannot
 * be recorded: sent again after the recovery.
 */
const refusedOutright = new Set<CallName>([
  'backups.create',
  'backups.restore',
  'campaigns.reopenChat',
  'campaigns.listMessage',
  // Written by a worker's own connection, which is not query-only as the core's is.
  'imports.start',
  'lists.build',
])

const isReadOnlyRefusal = (error: unknown): boolean =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('SQLITE_READONLY')

/**
 * The handlers as they answer once a check found damage (`damaged()`): the connection is then
 * query-only, so SQLite itself refuses every write, and the refusal reaches the owner as
 * `database_damaged` (translated, with what to do) instead of a folder that cannot be written.
 * Reads answer as before; a call that meets damage itself marks the file damaged at once.
 */
export function refuseWritesWhenDamaged(
  handlers: Handlers,
  watch: { damaged: () => boolean; damageMet: (error: unknown) => void },
): Handlers {
  const { damaged } = watch
  const translate = (error: unknown): unknown => {
    // SQLite met damage answering this call: writes are refused from now on, as after a check,
    // and the call itself answers so (a read too), not as an internal fault.
    watch.damageMet(error)
    if (damageOf(error) !== undefined) return databaseDamaged()
    return damaged() && isReadOnlyRefusal(error) ? databaseDamaged() : error
  }
  const guarded: Record<string, (input: unknown) => unknown> = {}
  for (const [name, handler] of Object.entries(handlers) as [
    CallName,
    (input: unknown) => unknown,
  ][]) {
    guarded[name] = (input) => {
      if (refusedOutright.has(name) && damaged()) throw databaseDamaged()
      try {
        const answer = handler(input)
        return answer instanceof Promise
          ? answer.catch((error: unknown) => {
              throw translate(error)
            })
          : answer
      } catch (error) {
        throw translate(error)
      }
    }
  }
  return guarded as unknown as Handlers
}

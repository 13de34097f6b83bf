// The core's event names, for checking what arrives over HTTP. Kept here rather than read from
// the contract's `events` (shared/api.ts) because that module carries every call's zod schema,
// which the first screen does not need.
import type { EventName } from '../../../shared/api'

const eventNames = {
  'settings.changed': true,
  'contacts.changed': true,
  'imports.progress': true,
  'imports.finished': true,
  'optOuts.changed': true,
  'replies.changed': true,
  'lists.changed': true,
  'senders.changed': true,
  'campaigns.changed': true,
  'campaigns.task': true,
  'backups.changed': true,
  'backups.restored': true,
  'updates.changed': true,
  'database.damaged': true,
  'core.restarted': true,
} as const satisfies Record<EventName, true>

// `satisfies` on the literal: a name missing here, or one the contract does not have, fails to compile.
export const isEventName = (name: string): name is EventName => Object.hasOwn(eventNames, name)

import { m0010Settings } from './0010-settings'
import { m0020Contacts } from './0020-contacts'
import type { Migration } from './migration'

/** Every schema step, in order. Append only; never edit a step that has shipped. */
export const migrations: readonly Migration[] = [m0010Settings, m0020Contacts]

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0

import { join } from 'node:path'

/** Where the binary sits under the app's resources (electron-builder.yml's asarUnpack). */
export const unpackedBindingPath = [
  'app.asar.unpacked',
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
] as const

/**
 * better-sqlite3's binary in a packaged app: unpacked beside app.asar (electron-builder.yml's
 * asarUnpack), given to every connection outright — the background check's worker loads
 * better-sqlite3 from the unpacked folder, where the `bindings` package it would otherwise look
 * the binary up with is not. Undefined when it is not there: better-sqlite3 looks it up itself.
 */
export function packagedSqliteBinding(
  resourcesPath: string,
  exists: (path: string) => boolean,
): string | undefined {
  const file = join(resourcesPath, ...unpackedBindingPath)
  return exists(file) ? file : undefined
}

import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

/** The temporary name a durable write goes through: beside the file, so the rename stays on one disk. */
export const pendingFileOf = (file: string): string => `${file}.tmp`

/**
 * Replaces `file` so that after a crash or a power cut it holds either the old content or the new,
 * never a part: the new bytes go to a temporary file in the same folder, are flushed to the disk,
 * renamed over the file, and the folder's entry is flushed too where the platform allows it.
 */
export function writeFileDurably(file: string, content: string, mode = 0o600): void {
  const pending = pendingFileOf(file)
  // A temporary file an earlier crash left may have another mode: start from nothing.
  rmSync(pending, { force: true })
  const fd = openSync(pending, 'w', mode)
  try {
    writeSync(fd, content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  renameSync(pending, file)
  syncFolder(dirname(file))
}

/** Flushes a folder's entries (the rename) to the disk. Windows cannot open a folder this way. */
function syncFolder(folder: string): void {
  let fd: number
  try {
    fd = openSync(folder, 'r')
  } catch {
    return
  }
  try {
    fsyncSync(fd)
  } catch {
    // EISDIR/EPERM/EINVAL where folders cannot be synced: the rename is as durable as it gets.
  } finally {
    closeSync(fd)
  }
}

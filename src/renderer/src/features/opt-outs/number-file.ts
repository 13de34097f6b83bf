// A file of numbers to put on the opt-out list: checked for size here, read whole, sent as base64
// in one call (the core sniffs its encoding and finds the column of numbers).
import { bytesToBase64 } from '../import/upload-file'

/** 5 MiB: tens of thousands of numbers, and still well inside one call (base64 ≤ 7 MB). */
export const maxNumberFileBytes = 5 * 1024 * 1024

export type NumberFileProblem = 'too_large' | 'empty' | 'unreadable'

export type NumberFileRead =
  { ok: true; fileName: string; base64: string } | { ok: false; problem: NumberFileProblem }

/** Why the file cannot be sent, judged by its size alone, before reading it. */
export function numberFileProblem(size: number): 'too_large' | 'empty' | undefined {
  if (size > maxNumberFileBytes) return 'too_large'
  if (size === 0) return 'empty'
  return undefined
}

export async function readNumberFile(
  file: Pick<File, 'name' | 'size' | 'arrayBuffer'>,
): Promise<NumberFileRead> {
  const problem = numberFileProblem(file.size)
  if (problem) return { ok: false, problem }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    // The file was moved or deleted after it was chosen.
    return { ok: false, problem: 'unreadable' }
  }
  return { ok: true, fileName: file.name, base64: bytesToBase64(bytes) }
}

/** A size for people: "812 B", "48 KB", "3.2 MB" (decimal point as the language writes it). */
export function fileSizeText(size: number, locale: string): string {
  const number = (value: number, digits: number) =>
    value.toLocaleString(locale, { maximumFractionDigits: digits })
  if (size < 1024) return `${number(size, 0)} B`
  if (size < 1024 * 1024) return `${number(size / 1024, 0)} KB`
  return `${number(size / (1024 * 1024), 1)} MB`
}

/**
 * A modal's FileImportForm over such a file (the opt-out list's numbers, a relay's events): the
 * size judged at once, then the file read whole and handed to `send` as base64.
 */
export function numberFileImport(
  problemText: (problem: NumberFileProblem, fileName: string) => string,
  send: (read: { fileName: string; base64: string }) => Promise<void>,
) {
  return {
    refuse: (file: Pick<File, 'name' | 'size'>) => {
      const problem = numberFileProblem(file.size)
      return problem && problemText(problem, file.name)
    },
    send: async (file: Pick<File, 'name' | 'size' | 'arrayBuffer'>) => {
      const read = await readNumberFile(file)
      if (!read.ok) return problemText(read.problem, file.name)
      await send({ fileName: read.fileName, base64: read.base64 })
      return undefined
    },
  }
}

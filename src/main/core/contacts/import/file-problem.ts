import type { FileProblemCode } from '../../../../shared/imports'

/** The file as a whole cannot be imported; `line` is where the reader gave up, when it knows. */
export class FileProblemError extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly line: number | null,
  ) {
    super(`file problem: ${code}${line === null ? '' : ` at line ${String(line)}`}`)
    this.name = 'FileProblemError'
  }
}

import type { ImportReport } from '../../../../shared/imports'

/** The report of an import that ended before bringing anything into the book. */
export const emptyReport = <S extends ImportReport['status']>(
  importId: string,
  fileName: string,
  status: S,
): ImportReport & { status: S } => ({
  importId,
  fileName,
  status,
  rows: 0,
  added: 0,
  updated: 0,
  unchanged: 0,
  mergedDuplicates: 0,
  rejected: 0,
  flagged: 0,
  problems: [],
  fileProblem: null,
})

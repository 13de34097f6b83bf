/**
 * A file's rows estimated from its start. The reader hands the file over in pieces and says when
 * each arrives; the rows of a piece come out after it. So the average is taken over the pieces
 * before the latest — whose rows have all been counted (bar one cut by the piece's end) — never
 * over bytes whose rows are still to come, which made a half-megabyte sample read half the rows.
 * (Text decoded from another encoding may arrive a piece or two ahead of its rows: the estimate is
 * then low early on, as it always was; the end of the reading says the rows exactly.)
 */
export function createRowEstimate(fileSize: number) {
  let bytesArrived = 0
  let countedRows = 0
  let countedBytes = 0
  return {
    /** A piece arrived: the file's bytes so far with it, and the rows counted before it. */
    pieceArrived(bytes: number, rowsSoFar: number): void {
      countedRows = rowsSoFar
      countedBytes = bytesArrived
      bytesArrived = bytes
    },
    /** The bytes whose rows have all been counted. */
    countedBytes: (): number => countedBytes,
    /**
     * The file's rows, never fewer than those counted already (`rowsSoFar`). Until a second piece
     * arrives, the first one's bytes are all there is to go on.
     */
    rows(rowsSoFar: number): number {
      const [rows, bytes] =
        countedBytes > 0 ? [countedRows, countedBytes] : [rowsSoFar, bytesArrived]
      return Math.max(rowsSoFar, Math.round((rows * fileSize) / Math.max(1, bytes)))
    },
  }
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createRowEstimate } from './row-estimate'

/**
 * Reads a file of `rows` rows of `rowBytes` bytes in pieces; returns the estimate as each piece
 * arrives (its rows not out yet: the moment a reader asks), then once all rows are out.
 */
function readInPieces(rows: number, rowBytes: number, pieceBytes: number): number[] {
  const size = rows * rowBytes
  const estimate = createRowEstimate(size)
  const seen: number[] = []
  let rowsOut = 0
  for (let arrived = 0; arrived < size;) {
    arrived = Math.min(size, arrived + pieceBytes)
    estimate.pieceArrived(arrived, rowsOut)
    seen.push(estimate.rows(rowsOut))
    // The rows whose last byte came with this piece.
    rowsOut = Math.floor(arrived / rowBytes)
  }
  seen.push(estimate.rows(rowsOut))
  return seen
}

describe('estimating a file’s rows from its start', () => {
  it('is close from the second piece on, where half the bytes read once made half the rows', () => {
    const estimates = readInPieces(100_000, 100, 256 * 1024)
    for (const estimate of estimates.slice(1)) {
      expect(estimate).toBeGreaterThan(99_000)
      expect(estimate).toBeLessThan(101_000)
    }
  })

  it('never says fewer rows than were counted, and ends exact for rows of one size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 10, max: 300 }),
        fc.integer({ min: 64, max: 64 * 1024 }),
        (rows, rowBytes, pieceBytes) => {
          const estimates = readInPieces(rows, rowBytes, pieceBytes)
          expect(estimates.at(-1)).toBe(rows)
          estimates.slice(0, -1).forEach((estimate, i) => {
            const counted = Math.floor(Math.min(rows * rowBytes, i * pieceBytes) / rowBytes)
            expect(estimate).toBeGreaterThanOrEqual(counted)
          })
        },
      ),
    )
  })
})

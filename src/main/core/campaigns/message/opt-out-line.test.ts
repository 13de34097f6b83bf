import { describe, expect, it } from 'vitest'
import { defaultOptOutLine } from './opt-out-line'

describe('defaultOptOutLine', () => {
  it.each([
    ['ru', 'Ответьте СТОП, чтобы не получать сообщения'],
    ['en', 'Reply STOP to stop receiving these messages'],
  ] as const)('%s', (language, line) => {
    expect(defaultOptOutLine(language)).toBe(line)
  })
})

import { describe, expect, it } from 'vitest'
import { ApiCallError } from '../../api/errors'
import { testI18n } from '../../i18n/test-i18n'
import { numberFileErrorText } from './number-file-error'

const i18n = testI18n()

const fileProblem = (details: Record<string, string | number>) =>
  new ApiCallError({ code: 'file_problem', message: 'The file cannot be imported.', details })

describe('numberFileErrorText', () => {
  it('names a line past the column limit in words for a list of numbers, not a contacts table', () => {
    const error = fileProblem({ problem: 'too_many_columns', line: 1 })
    const ru = numberFileErrorText(error, i18n.t)
    const en = numberFileErrorText(error, i18n.getFixedT('en'))
    expect(ru).toMatch(/^В строке 1 больше 500 ячеек/)
    expect(en).toMatch(/^Line 1 has more than 500 cells/)
    for (const text of [ru, en]) expect(text).not.toMatch(/имя, телефон|name, phone/)
  })

  it('names an overlong line in its own words too, with the limit', () => {
    const error = fileProblem({ problem: 'line_too_long', line: 3 })
    expect(numberFileErrorText(error, i18n.t)).toMatch(/^Строка 3 длиннее 1\s000\s000 знаков/)
    expect(numberFileErrorText(error, i18n.getFixedT('en'))).toMatch(
      /^Line 3 is longer than 1,000,000 characters.*list of numbers/,
    )
  })

  it('keeps the import’s words for the other file problems', () => {
    const error = fileProblem({ problem: 'no_phone_column' })
    expect(numberFileErrorText(error, i18n.getFixedT('en'))).toBe(
      'No column of phone numbers was found in the file. Check that it holds numbers, one or several per cell.',
    )
  })
})

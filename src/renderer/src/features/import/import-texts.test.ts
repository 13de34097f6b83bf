import { describe, expect, it } from 'vitest'
import { testI18n } from '../../i18n/test-i18n'
import { fileProblemCodes, rowProblemCodes, type RowProblem } from '../../../../shared/imports'
import { ApiCallError } from '../../api/errors'
import { en } from '../../i18n/en'
import { ru } from '../../i18n/ru'
import {
  columnTitle,
  delimiterName,
  fileProblemOf,
  fileProblemText,
  importErrorText,
  rawRowText,
  reportLanguage,
  rowProblemText,
} from './import-texts'

const i18n = testI18n()

const fileProblem = (details: Record<string, string | number>) =>
  new ApiCallError({ code: 'file_problem', message: 'The file cannot be imported.', details })

describe('row problems', () => {
  it('read as a sentence with the line and the value', () => {
    const problem: RowProblem = {
      line: 5,
      severity: 'rejected',
      code: 'invalid_phone',
      value: '123',
      raw: ['Иван', '123'],
    }
    expect(rowProblemText(problem, i18n.t)).toBe('Строка 5: номер «123» не похож на телефон')
    expect(rowProblemText(problem, i18n.getFixedT('en'))).toBe(
      'Row 5: the number “123” does not look like a phone number',
    )
  })

  it('have words for every code in both languages', () => {
    for (const tree of [ru, en]) {
      expect(Object.keys(tree.importer.rowProblems).sort()).toEqual([...rowProblemCodes].sort())
      expect(Object.keys(tree.importer.fileProblems)).toEqual(
        expect.arrayContaining([...fileProblemCodes]),
      )
    }
  })
})

describe('file problems', () => {
  it('name the line of an unbalanced quote when it is known', () => {
    expect(fileProblemText('unbalanced_quote', 12, i18n.t)).toContain('В строке 12')
    expect(fileProblemText('unbalanced_quote', null, i18n.t)).toBe(
      ru.importer.fileProblems.unbalanced_quote_somewhere,
    )
    expect(fileProblemText('binary_file', null, i18n.t)).toBe(ru.importer.fileProblems.binary_file)
  })

  it('name the limit a too wide or too long file went past, in both languages', () => {
    const columns = fileProblem({ problem: 'too_many_columns', line: 1 })
    expect(importErrorText(columns, i18n.t)).toMatch(/^В строке 1 больше 500 столбцов/)
    expect(importErrorText(columns, i18n.getFixedT('en'))).toMatch(
      /^Row 1 has more than 500 columns/,
    )
    const long = fileProblem({ problem: 'line_too_long', line: 2 })
    // Russian groups thousands with a (narrow) no-break space, English with commas.
    expect(importErrorText(long, i18n.t)).toMatch(/^Строка 2 длиннее 1\s000\s000 знаков/)
    expect(importErrorText(long, i18n.getFixedT('en'))).toMatch(
      /^Line 2 is longer than 1,000,000 characters/,
    )
    // The quote keeps its own words.
    expect(fileProblemText('unbalanced_quote', 2, i18n.t)).toBe(
      'В строке 2 открыта кавычка, но не закрыта, и дальше файл не прочитать. Исправьте эту строку в Excel или Блокноте и попробуйте снова.',
    )
  })

  it('replace the generic words when a call failed because of the file', () => {
    const error = fileProblem({ problem: 'unbalanced_quote', line: 7 })
    expect(fileProblemOf(error)).toEqual({ code: 'unbalanced_quote', line: 7 })
    expect(importErrorText(error, i18n.t)).toContain('В строке 7')
    expect(importErrorText(fileProblem({ problem: 'header_only', line: 1 }), i18n.t)).toBe(
      ru.importer.fileProblems.header_only,
    )
  })

  it('fall back to the generic words for anything else', () => {
    expect(importErrorText(fileProblem({ problem: 'something_new' }), i18n.t)).toBe(
      ru.errors.file_problem,
    )
    const notFound = new ApiCallError({ code: 'not_found', message: 'No import.' })
    expect(fileProblemOf(notFound)).toBeUndefined()
    expect(importErrorText(notFound, i18n.t)).toBe(ru.errors.not_found)
  })
})

describe('the file’s shape', () => {
  it('names the columns: the file’s headers, vCard fields in words, unnamed ones by number', () => {
    const csv = { format: 'csv', headers: ['ФИО', ' ', 'Full name'] } as const
    expect(
      [0, 1, 2].map((i) => columnTitle({ ...csv, headers: [...csv.headers] }, i, i18n.t)),
    ).toEqual(['ФИО', 'Столбец 2', 'Full name'])
    const vcard = {
      format: 'vcard',
      headers: ['Full name', 'Mobile phone', 'Something new'],
    } as const
    expect(
      [0, 1, 2].map((i) => columnTitle({ ...vcard, headers: [...vcard.headers] }, i, i18n.t)),
    ).toEqual(['Имя целиком', 'Мобильный телефон', 'Something new'])
  })

  it('names the usual separators', () => {
    expect(delimiterName(';', i18n.t)).toBe('точка с запятой')
    expect(delimiterName('\t', i18n.t)).toBe('табуляция')
    expect(delimiterName('|', i18n.t)).toBe('«|»')
  })

  it('shows a raw row with its cells apart', () => {
    expect(rawRowText(['Иван', '123', ''])).toBe('Иван | 123 | ')
  })

  it('writes the report in the UI’s language', () => {
    expect(reportLanguage('en')).toBe('en')
    expect(reportLanguage('en-GB')).toBe('en')
    expect(reportLanguage('ru')).toBe('ru')
    expect(reportLanguage('de')).toBe('ru')
  })
})

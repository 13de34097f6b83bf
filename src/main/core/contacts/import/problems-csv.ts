import type { DownloadFile } from '../../../../shared/contacts'
import type { RowProblem, RowProblemCode } from '../../../../shared/imports'
import { csvText } from '../../export/csv-writer'

export type ReportLanguage = 'ru' | 'en'

interface ReportWords {
  columns: string[]
  severity: Record<RowProblem['severity'], string>
  reasons: Record<RowProblemCode, string>
}

// The report is a file the user keeps and edits, so its words are written here, in both languages.
const texts = {
  ru: {
    columns: ['Строка', 'Что случилось', 'Причина', 'Значение'],
    severity: { rejected: 'не импортирована', flagged: 'импортирована с пометкой' },
    reasons: {
      no_phone: 'Нет ни одного номера телефона',
      invalid_phone: 'Это не похоже на номер телефона',
      nonexistent_phone: 'Номер не существует ни в одной стране',
      not_mobile: 'Номер не мобильный: в WhatsApp ему, скорее всего, не написать',
      country_mismatch: 'Номер из другой страны, не той, что указана у контакта: проверьте его',
      fax_or_pager_skipped: 'Факс или пейджер: в WhatsApp на него не написать, номер не загружен',
      duplicate_in_file: 'Этот человек уже есть выше в файле: строки объединены',
      number_of_other_contact: 'Номер уже принадлежит другому контакту и остался у него',
      unknown_consent_value: 'Непонятное значение согласия: записано «неизвестно»',
    },
  },
  en: {
    columns: ['Line', 'What happened', 'Reason', 'Value'],
    severity: { rejected: 'not imported', flagged: 'imported with a warning' },
    reasons: {
      no_phone: 'No phone number',
      invalid_phone: 'This does not look like a phone number',
      nonexistent_phone: 'Not a valid number in any country',
      not_mobile: 'Not a mobile number: probably not on WhatsApp',
      country_mismatch: 'The number is of another country than the contact’s: check it',
      fax_or_pager_skipped: 'A fax or pager: WhatsApp cannot reach it, the number was not imported',
      duplicate_in_file: 'The same person is earlier in the file: the rows were merged',
      number_of_other_contact: 'The number already belongs to another contact and stays with it',
      unknown_consent_value: 'Consent value not understood: recorded as unknown',
    },
  },
} satisfies Record<ReportLanguage, ReportWords>

/**
 * Every problem row with its line, what happened and why, then the row exactly as the file had
 * it under the file's own headers — so the user can fix those rows and import them again. Written
 * as the owner's Excel opens it (csv-writer.ts): ";" between cells in Russian.
 */
export function problemsToCsv(
  fileName: string,
  headers: readonly string[],
  problems: Iterable<RowProblem>,
  language: ReportLanguage,
): DownloadFile {
  const words = texts[language]
  const rows: string[][] = []
  for (const problem of problems) {
    rows.push([
      String(problem.line),
      words.severity[problem.severity],
      words.reasons[problem.code],
      problem.value,
      ...problem.raw,
    ])
  }
  const base = fileName.replace(/\.[^.]+$/, '')
  return {
    fileName: `${base}-${language === 'ru' ? 'отчёт' : 'report'}.csv`,
    mimeType: 'text/csv',
    content: csvText([...words.columns, ...headers], rows, language),
  }
}

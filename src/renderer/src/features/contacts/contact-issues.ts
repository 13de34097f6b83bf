// Where each problem of a refused save belongs on the contact form. The core names fields by path
// ("firstName", "phones.2.raw"); numbers are matched back to their rows through the sent order.
import type { InputIssue } from '../../../../shared/result'

export const phoneProblems = [
  'invalid_phone',
  'too_short',
  'too_long',
  'no_digits',
  'belongs_to_other_contact',
] as const
export type PhoneProblem = (typeof phoneProblems)[number]

/** A translation key under `contacts.issues`. */
export type IssueText = PhoneProblem | 'labelTooLong' | 'tooLong' | 'badTag' | 'invalid'

export const textFields = ['name', 'firstName', 'middleName', 'lastName', 'email', 'notes'] as const
type TextField = (typeof textFields)[number]

/** A form field: a text field, the tags, or the row of one number (by its draft key). */
export type FormField = TextField | 'tags' | `phone:${number}`

export interface PlacedIssues {
  fields: Partial<Record<FormField, IssueText>>
  /** Problems with no field on the form, in the core's own words. */
  unplaced: InputIssue[]
}

const isPhoneProblem = (message: string): message is PhoneProblem =>
  phoneProblems.some((problem) => problem === message)

const isTextField = (name: string): name is TextField => textFields.some((field) => field === name)

export function placeIssues(
  issues: readonly InputIssue[],
  phoneKeys: readonly number[],
): PlacedIssues {
  const placed: PlacedIssues = { fields: {}, unplaced: [] }
  const place = (field: FormField, text: IssueText) => {
    placed.fields[field] ??= text
  }
  for (const issue of issues) {
    const [head, index, part] = issue.path.split('.')
    const key = head === 'phones' && index !== undefined ? phoneKeys[Number(index)] : undefined
    if (key !== undefined) {
      const text = isPhoneProblem(issue.message)
        ? issue.message
        : part === 'label'
          ? 'labelTooLong'
          : 'invalid'
      place(`phone:${key}`, text)
    } else if (head === 'tags') {
      place('tags', 'badTag')
    } else if (head !== undefined && isTextField(head) && index === undefined) {
      place(head, 'tooLong')
    } else {
      placed.unplaced.push(issue)
    }
  }
  return placed
}

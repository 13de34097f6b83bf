import type { Translation } from '../translation'

// English texts of consent as the owner's decision: the import's question, the bulk mark
// "Mark: consent given" and its where-and-when question.
export const consentEn: Translation['consentMark'] = {
  law: 'Under Russian law (38-FZ “On Advertising”, art. 18) advertising by phone or messenger may only go to people who agreed to it beforehand, and your customers’ names and numbers are their personal data (152-FZ).',
  importQuestion: {
    title: 'Have these people agreed to receive your broadcasts?',
    grantedMeans:
      'For example, they left their number for news and offers themselves — in the shop, on a form, on your website. You can message them right away.',
    unknownMeans:
      'Rupor will not message them until you mark their consent — later, in Contacts, or right where you build a list.',
    required: 'Please answer this question: it decides whether they can be messaged.',
    columnFirst:
      'The file has a consent column: each row’s own answer comes first; this answer is for rows where it is empty.',
  },
  mark: {
    button: 'Mark: consent given',
    title: 'Mark: consent given',
    who_one: '{{count,number}} contact will be marked, if their consent is unknown.',
    who_few: '{{count,number}} contacts will be marked — those whose consent is unknown.',
    who_many: '{{count,number}} contacts will be marked — those whose consent is unknown.',
    who_other: '{{count,number}} contacts will be marked — those whose consent is unknown.',
    onlyTrue:
      'Mark only people who really agreed: where and when is recorded on each of them, your answer if anyone asks.',
    untouched:
      'People who opted out or withdrew consent are left as they are: their no outweighs this mark.',
    source: 'Where consent was obtained',
    sourcePlaceholder: 'For example: in the shop, in person',
    examples: 'Suggestions:',
    example: {
      shop: 'in the shop, in person',
      form: 'form at the till',
      site: 'signed up on the website',
    },
    obtainedOn: 'When it was obtained',
    obtainedOnHint: 'If it took a while, the date of the last time.',
    confirm: 'Mark consent',
    cancel: 'Cancel',
    failed: 'Could not mark consent',
    done: 'Consent marked',
    marked_one: '{{count,number}} contact marked.',
    marked_few: '{{count,number}} contacts marked.',
    marked_many: '{{count,number}} contacts marked.',
    marked_other: '{{count,number}} contacts marked.',
    alreadyGranted: 'Already had consent: {{count,number}} — their records were kept.',
    skippedOptedOut: 'Opted out: {{count,number}} — left as they were.',
    skippedWithdrawn: 'Withdrew consent: {{count,number}} — left as they were.',
    nobody: 'There is nobody to mark.',
  },
  listFix_one: 'Mark consent for {{count,number}} person',
  listFix_few: 'Mark consent for {{count,number}} people',
  listFix_many: 'Mark consent for {{count,number}} people',
  listFix_other: 'Mark consent for {{count,number}} people',
  listFixHint: 'If these people agreed to receive broadcasts, mark it, and they can be messaged.',
}

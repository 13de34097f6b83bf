// English texts of the first-run guide.
import type { Translation } from '../translation'

export const firstRunEn: Translation['firstRun'] = {
  title: 'Getting started',
  progress: '{{done}} of {{total}} done',
  close: 'Hide this guide',
  step: {
    import: 'Import your customers',
    consent: 'Mark who agreed',
    sender: 'Add your number',
    list: 'Make a list',
    campaign: 'Start your first campaign',
  },
  hint: {
    import: 'A file from Excel, Google Contacts or a phone.',
    consent: 'Only people who agreed to messages may get them.',
    sender: 'The WhatsApp number the messages go from.',
    list: 'Up to 256 people who get one campaign.',
    campaign: 'A text, a list and a number: Rupor sets the pace.',
  },
  doneMark: 'Done',
}

import type { Translation } from '../translation'

export const savedNumberEn: Translation['savedNumber'] = {
  field: {
    label: 'Saved our number',
    hint: 'A broadcast from the phone (WhatsApp Business “New broadcast”) reaches only people who have our number saved in their phone.',
    option: {
      yes: 'Yes',
      likely: 'Likely',
      no: 'No',
      unknown: 'Unknown',
    },
    source: {
      owner: 'marked by you, {{when}}',
      import: 'from a file, {{when}}',
      importFile: 'from the file {{file}}, {{when}}',
      wrote_first: 'wrote to us first, {{when}}',
      qr: 'wrote to us from the QR code, {{when}}',
    },
  },
  filter: {
    label: 'Filter: saved our number or not',
    any: 'Our number: everyone',
    yes: 'Our number: saved',
    likely: 'Our number: likely',
    no: 'Our number: not saved',
    unknown: 'Our number: unknown',
  },
  listChip: 'On the list “{{name}}”',
  listChipClear: 'Show everyone, not only the list',
  bulk: {
    button: 'Mark: saved our number',
    yes: 'Yes, saved it',
    no: 'No, has not saved it',
    unknown: 'Unknown',
    done_one: '{{count,number}} contact marked',
    done_few: '{{count,number}} contacts marked',
    done_many: '{{count,number}} contacts marked',
    done_other: '{{count,number}} contacts marked',
    nothingChanged: 'Everyone selected was already marked so.',
    failed: 'Could not mark them',
  },
  reach: {
    title: 'Broadcast from the phone',
    loading: 'Counting whom a broadcast from the phone would reach…',
    loadFailed: 'Could not count whom a broadcast from the phone would reach',
    summary: 'Reaches {{reached,number}} of {{members,number}}',
    likely: '“likely” of them — {{count,number}}: wrote to us first',
    explain:
      'A WhatsApp broadcast message reaches only people who have your number saved in their phone. Rupor counts those who may be messaged and saved the number (yes or likely).',
    allReached: 'Reaches everyone: all on the list may be messaged and saved our number.',
    missTitle: 'Misses:',
    miss: {
      not_eligible: 'may not be messaged — {{count,number}}',
      not_saved: 'have not saved our number — {{count,number}}',
      saved_unknown: 'not known whether they saved it — {{count,number}}',
    },
    showAll: 'Show {{count,number}} more',
    showLess: 'Show less',
    openInBook: 'Open in contacts',
    markYes: 'Mark: saved it',
  },
}

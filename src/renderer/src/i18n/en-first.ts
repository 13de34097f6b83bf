// English of ru-first.ts: the texts the first screen needs.
import type { FirstTranslation } from './translation'
import { backupsEn } from './en/backups'
import { inputIssuesEn } from './en/input-issues'
import { firstRunEn } from './en/first-run'
import { savedNumberEn } from './en/saved-number'
import { repliesEn } from './en/replies'

export const enFirst: FirstTranslation = {
  app: {
    name: 'Rupor',
    tagline: 'Safe, paced WhatsApp broadcasts',
    loading: 'Loading Rupor…',
    damagedTitle: 'The Rupor database is damaged — nothing more is saved',
    damagedBody:
      "Rupor found damage in its database file. So as not to make it worse, Rupor no longer writes anything or sends campaigns; you can still look at your data. Close Rupor and start it again: it will offer to restore the newest daily copy that passes its checks (if one does) or to start empty. Either way the opt-out list is kept, and so is what your number has already sent and its blocks: the number's limits go on counting them, and a restored campaign messages no one twice. The damaged file is not deleted: it is renamed and stays in the data folder.",
    recoveredTitle: 'Rupor recovered its database after damage',
    coreRestartedTitle: 'Rupor restarted its inner part',
    coreRestartedBody:
      'It stopped unexpectedly (the details are in the log) and is running again; everything saved is still there, and campaigns carry on by themselves. But this window may show what was there before it stopped, and your last action may not have been saved. If you typed text and have not saved it yet, copy it, then reload the window.',
    coreRestartedReload: 'Reload the window',
    recoveredClose: 'Got it',
  },
  nav: {
    label: 'Sections',
    contacts: 'Contacts',
    lists: 'Broadcast lists',
    optOuts: 'Opt-outs',
    optIn: 'Opt-in QR',
    campaigns: 'Campaigns',
    banCentre: 'Blocks',
    settings: 'Settings',
  },
  contacts: {
    emptyTitle: 'No contacts yet',
    emptyPurpose:
      'This is where your customers will live: phone numbers, names, tags and whether they agreed to receive messages.',
    emptyFirstStep: 'To begin, save your contacts to a file in one of these ways:',
    sourceGoogle: 'Google Contacts: “Export” → “Google CSV”',
    sourceOutlook: 'Outlook: export your contacts to a CSV file',
    sourceExcel: 'Excel or Google Sheets: “Save as” → CSV',
    sourceVcard: 'iPhone or Android: a vCard contacts file (.vcf)',
    privacy: 'All data stays on this computer and is never uploaded anywhere.',
    importButton: 'Import contacts',
    exportButton: 'Export',
    exportAll: 'All contacts',
    exportFound: 'Only the ones found',
    exportFailed: 'Could not export the contacts',
    // English needs only "one" and "other"; the Russian plural forms are kept for key parity.
    count_one: '{{count,number}} contact',
    count_few: '{{count,number}} contacts',
    count_many: '{{count,number}} contacts',
    count_other: '{{count,number}} contacts',
    countCapped: 'More than {{count,number}} — type more to narrow it down',
    search: 'Search',
    searchPlaceholder: 'Name or digits of a number',
    tagFilter: 'Filter by tag',
    tagAny: 'All tags',
    consentFilter: 'Filter by consent',
    consentAny: 'Consent: any',
    onlyOptedOut: 'Only opted out',
    onlyFlagged: 'Only flagged',
    sortBy: 'Sort',
    sort: {
      name: 'By name',
      phone: 'By number',
      created: 'By date added',
      updated: 'By date changed',
    },
    direction: {
      asc: 'Ascending',
      desc: 'Descending',
    },
    nothingFound: 'Nobody found',
    nothingFoundHint: 'Try spelling it differently, or reset the filters.',
    resetFilters: 'Reset filters',
    loadFailed: 'Could not load the contacts',
    retry: 'Try again',
    table: 'Contact list',
    column: {
      name: 'Name',
      phone: 'Phone',
      tags: 'Tags',
      status: 'Status',
    },
    selectLoaded: 'Select all loaded',
    selectRow: 'Select {{name}}',
    noName: 'No name',
    otherPhones: 'Other numbers: {{count}}',
    consent: {
      granted: 'Consent given',
      unknown: 'Consent unknown',
      withdrawn: 'Consent withdrawn',
    },
    optedOut: 'Opted out',
    flag: {
      not_mobile: 'Not mobile',
      no_phone: 'No phone',
    },
    flagHint: {
      not_mobile: 'The main number is not a mobile one: it probably cannot be reached on WhatsApp.',
      no_phone: 'This contact has no phone number, so broadcasts cannot reach them.',
    },
    bulk: {
      label: 'Actions on the selected contacts',
      selected: 'Selected: {{count,number}}',
      selectAll: 'Select all {{count,number}} found',
      addTag: 'Add tag',
      removeTag: 'Remove tag',
      tag: 'Tag',
      tagPlaceholder: 'For example, Regulars',
      add: 'Add',
      remove: 'Remove',
      tagAdded: 'Tag “{{tag}}” added. Contacts changed: {{count,number}}',
      tagRemoved: 'Tag “{{tag}}” removed. Contacts changed: {{count,number}}',
      export: 'Export selected',
      delete: 'Delete',
      clear: 'Clear selection',
      failed: 'That did not work',
    },
    deletedOne: 'Contact deleted',
    deletedMany: 'Contacts deleted: {{count,number}}',
    undo: 'Undo',
    restored: 'Deletion undone',
    undoFailed: 'Could not undo the deletion',
    deleteFailed: 'Could not delete',
    drawer: {
      title: 'Contact',
      loadFailed: 'Could not open the contact',
      fullName: 'Shown as',
      fullNameHint: 'The name in the contact list. Leave it empty to use the first and last name.',
      firstName: 'First name',
      middleName: 'Middle name',
      lastName: 'Last name',
      email: 'Email',
      phones: 'Phone numbers',
      phonesHint: 'Mark the main number: broadcasts go to it.',
      noPhones: 'No numbers yet.',
      phoneNumber: 'Number {{n}}',
      phoneLabel: 'Label of number {{n}}',
      phoneLabelPlaceholder: 'Mobile, work…',
      primary: 'Main number {{n}}',
      addPhone: 'Add a number',
      removePhone: 'Remove number {{n}}',
      kind: {
        mobile: 'mobile',
        fixed_or_mobile: 'mobile or landline',
        fixed: 'landline: not reachable on WhatsApp',
        other: 'unknown type: broadcasts will not go here',
      },
      tags: 'Tags',
      tagsPlaceholder: 'Type a tag and press Enter',
      consent: 'Consent to receive messages',
      consentOption: {
        granted: 'Agreed to receive messages',
        unknown: 'Unknown',
        withdrawn: 'Withdrew consent',
      },
      consentSourceImport: 'Imported from “{{file}}”',
      consentSourceEdited: 'Changed by hand',
      consentWhen: 'Recorded {{when}}',
      notes: 'Notes',
      save: 'Save',
      saved: 'Contact saved',
      saveFailed: 'Could not save the contact',
      delete: 'Delete contact',
    },
    issues: {
      invalid_phone: 'No such number exists. Check the digits.',
      too_short: 'The number is missing some digits.',
      too_long: 'The number has too many digits.',
      no_digits: 'There are no digits in this number.',
      belongs_to_other_contact: 'This number already belongs to another contact.',
      labelTooLong: 'A label can be at most 40 characters long.',
      tooLong: 'This text is too long.',
      badTag: 'A tag is 1 to 60 characters long, and a contact has at most 100 tags.',
      invalid: 'Check that this is correct.',
    },
  },
  backups: backupsEn,
  inputIssues: inputIssuesEn,
  firstRun: firstRunEn,
  savedNumber: savedNumberEn,
  replies: repliesEn,
  issues: {
    language: 'Choose a language from the list.',
    defaultCountry: 'Choose a country from the list.',
    shopName: 'The name can be at most 80 characters long.',
    obtainedAt: 'The date consent was obtained cannot be later than today.',
  },
  errors: {
    importRunning: 'Another import is running; wait for it to end.',
    restoreRunning: 'A copy is being restored; import after it.',
    restoreRunningBuild: 'A backup is being restored; build the list after it.',
    invalid_input: 'Please check that everything is filled in correctly.',
    unknown_call:
      'Rupor did not understand the request. This window is probably left over from an older version — restart the app.',
    not_found: 'The record could not be found; it may have been deleted.',
    forbidden: 'Rupor refused access.',
    file_problem:
      'The file could not be read. Check that it is a contacts export (CSV or vCard) and try again.',
    list_full:
      'A broadcast list holds at most {{limit}} people: this one has {{size}} and {{adding}} more were to be added. Split them into several lists.',
    list_full_in_campaign:
      'The list “{{list}}” has {{size,number}} people; one WhatsApp broadcast list holds at most {{limit,number}}. Split it into parts and choose them all in “To whom”.',
    list_too_small: 'A broadcast list needs at least {{minimum}} people.',
    name_taken: 'There is already a list called “{{name}}”. Choose another name.',
    shop_name_missing:
      'The message names your shop, but Settings has no shop name. Enter it in Settings or take it out of the text — otherwise there will be a gap where it should be.',
    wrong_state: 'This cannot be done now: the state has changed. Refresh the page.',
    cloud_api: 'Meta answered with error {{metaCode}}: {{metaMessage}}',
    cloud_unreachable:
      'Cannot reach {{host}}. Check the internet connection and the server address in the number’s settings.',
    cloud_budget:
      'In the last hour Rupor has made as many requests to Meta for this WhatsApp Business account as Meta allows (200 an hour). Try again in {{minutes}} min.',
    template_unavailable:
      'The template “{{name}}” ({{language}}) cannot be sent now: Meta lists it as {{status}}.',
    template_unfillable:
      'Rupor cannot fill the template “{{name}}”: it has a part Rupor cannot fill in. Open the campaign to see which.',
    media_file:
      'This file will not do for the template’s header (the right format, at most {{limitMb}}\u00a0MB). The file chosen before is kept.',
    sender_blocked:
      'WhatsApp blocked this number. Open “Blocks” to see what to do before sending again.',
    needs_token: 'This number needs a Cloud API access token. Enter it in the number’s settings.',
    too_large:
      'This is too much for Rupor to take at once (over {{limitMb}} MB). Choose a smaller file or split it into parts.',
    disk_full:
      'The disk is full, so nothing was saved — and nothing was half-saved. Free some space on the disk and try again.',
    read_only:
      'Rupor cannot write to its data folder, so nothing was saved. Check that the folder exists and may be written to (its permissions, a disk that is write-protected or was removed), then try again.',
    database_damaged:
      'A check found the Rupor database damaged, so nothing is saved any more; you can still look at your data. Restart Rupor: it will offer to restore the newest daily copy that passes its checks, keeping the opt-out list.',
    phone_list_refused:
      'These people cannot be on the broadcast list on the phone: {{names}}. They may not be messaged, have not saved the shop’s number, or are no longer on the list. Nothing was saved.',
    list_message_refused:
      'The phone broadcast cannot go or be recorded now: the campaign’s page says why.',
    internal: 'Something went wrong inside Rupor. The details were written to the log.',
    unreachable: 'Rupor cannot be reached. Check that the app is running.',
  },
  campaigns: {
    task: {
      withdrawn: {
        reopenRefused:
          'This chat will not open again: the number opted out and the message was withdrawn.',
      },
      notify: 'Time to send the next message: {{name}}',
      open: 'Open the campaign',
    },
  },
  phoneBroadcast: {
    startRefused:
      'A phone broadcast is not started: send it from the phone and record the time on the campaign’s page.',
  },
  banCentre: {
    navAlert: 'A number is blocked',
  },
  startup: {
    unreachableTitle: 'Cannot reach Rupor',
    unreachableText:
      'The app seems to have closed or has not started yet. Start Rupor and try again.',
    forbiddenTitle: 'Open Rupor from its link',
    forbiddenText:
      'This page was opened without an access key, or with an old one. When Rupor starts it shows a link — open that link and everything will work.',
    failedTitle: 'Rupor could not open',
    retry: 'Try again',
    close: 'Close',
  },
}

import type { Translation } from './translation'
import { banCentreEn } from './en/ban-centre'
import { riskEn } from './en/risk'
import { campaignsEn } from './en/campaigns'
import { cloudErrorsEn } from './en/cloud-errors'
import { sendersEn } from './en/senders'
import { listsEn } from './en/lists'
import { optOutsEn } from './en/opt-outs'
import { backupsEn } from './en/backups'
import { inputIssuesEn } from './en/input-issues'
import { datesEn } from './en/dates'
import { resultsEn } from './en/results'
import { firstRunEn } from './en/first-run'
import { consentEn } from './en/consent'
import { assistedPlanEn } from './en/assisted-plan'
import { savedNumberEn } from './en/saved-number'
import { phoneListsEn } from './en/phone-lists'
import { phoneBroadcastEn } from './en/phone-broadcast'
import { optInEn } from './en/opt-in'
import { repliesEn } from './en/replies'
import { updatesEn } from './en/updates'

export const en: Translation = {
  app: {
    name: 'Rupor',
    tagline: 'Safe, paced WhatsApp broadcasts',
    loading: 'Loading Rupor…',
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
  lists: listsEn,
  optOuts: optOutsEn,
  backups: backupsEn,
  inputIssues: inputIssuesEn,
  dates: datesEn,
  campaigns: campaignsEn,
  cloudErrors: cloudErrorsEn,
  senders: sendersEn,
  banCentre: banCentreEn,
  risk: riskEn,
  results: resultsEn,
  firstRun: firstRunEn,
  consentMark: consentEn,
  assistedPlan: assistedPlanEn,
  savedNumber: savedNumberEn,
  phoneLists: phoneListsEn,
  phoneBroadcast: phoneBroadcastEn,
  optIn: optInEn,
  replies: repliesEn,
  updates: updatesEn,
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'The language of menus and hints. Changes right away.',
    languageSystem: 'System',
    languageRu: 'Русский',
    languageEn: 'English',
    shopTitle: 'Your shop',
    defaultCountry: 'Default country',
    defaultCountryHint:
      'For numbers written without a country code. For example, with Russia chosen, 8 916 123-45-67 becomes +7 916 123-45-67.',
    shopName: 'Shop name',
    shopNameHint: 'How your customers know you in messages. Up to 80 characters.',
    shopNamePlaceholder: 'For example, Anna’s Flowers',
    save: 'Save',
    saved: 'Settings saved',
    saveFailed: 'Could not save the settings',
    loadFailed: 'Could not load the settings',
    retry: 'Try again',
    consentTitle: 'Consent to broadcasts',
    consentHint:
      'Rupor writes only to people who agreed to receive messages. It never writes to anyone who refused or opted out.',
    broadcastWithoutConsent: 'Also write to people whose consent is unknown',
    broadcastWithoutConsentHint:
      'For example, regular customers who gave you their number themselves. Complaints about broadcasts raise the risk of a ban.',
    webAnalyticsTitle: 'Site analytics',
    webAnalytics: 'Do you use web analytics on your site (Google Analytics, Yandex Metrica)?',
    webAnalyticsHint:
      'If so, new campaigns add UTM tags to their links, and your analytics shows who came to the site from WhatsApp.',
    webAnalyticsYes: 'Yes',
    webAnalyticsNo: 'No',
    notificationsTitle: 'Notifications',
    notificationsShowNames: 'Show customers’ names in notifications',
    notificationsShowNamesHint:
      'The “Time for the next message” notification shows on a locked screen and to anyone near the computer. Without a name it only calls you back to Rupor.',
    dataTitle: 'Where your data lives',
    dataHint:
      'Contacts, lists and campaigns are kept in this folder on your computer. It is worth including in your backups.',
    dataDir: 'Data folder',
    databaseFile: 'Database file',
    logFile: 'Log file',
    logFileHint:
      'What went wrong inside Rupor, for support: error names and codes, never numbers, names, message texts or access tokens. Up to 4 files of 1 MB; older ones are deleted.',
    version: 'Rupor version: {{version}}',
  },
  countries: {
    RU: 'Russia',
    KZ: 'Kazakhstan',
    BY: 'Belarus',
    UA: 'Ukraine',
    UZ: 'Uzbekistan',
    KG: 'Kyrgyzstan',
    AM: 'Armenia',
    GE: 'Georgia',
    AZ: 'Azerbaijan',
    MD: 'Moldova',
    TJ: 'Tajikistan',
    DE: 'Germany',
    GB: 'United Kingdom',
    US: 'United States',
  },
  issues: {
    language: 'Choose a language from the list.',
    defaultCountry: 'Choose a country from the list.',
    shopName: 'The name can be at most 80 characters long.',
    obtainedAt: 'The date consent was obtained cannot be later than today.',
  },
  importer: {
    title: 'Import contacts',
    steps: {
      choose: 'File',
      mapping: 'Columns',
      running: 'Import',
      report: 'Result',
    },
    choose: {
      drop: 'Drag your contacts file here',
      or: 'or',
      pick: 'Choose a file on this computer',
      formats:
        'A CSV table (from Excel, Google Contacts or Outlook) or a vCard contacts file (.vcf) from a phone.',
      privacy: 'The file never leaves your computer.',
      uploading: 'Opening “{{fileName}}”…',
      uploaded: '{{percent}}% loaded',
      notSavedTitle: 'Rupor could not save the file',
      failedTitle: 'This file could not be opened',
      onlyOne: 'Drop a single file: contacts are imported one file at a time.',
    },
    mapping: {
      encoding: 'Encoding',
      encodingHint:
        'If the table below shows “���”, “Ð˜Ð²Ð°Ð½” or “Èâàí” instead of letters, choose another encoding.',
      detectedCsv: 'CSV table · {{encoding}} encoding · separator: {{delimiter}}',
      detectedVcard: 'vCard contacts file · {{encoding}} encoding',
      rows: 'Rows in the file: about {{rows}}',
      hint: 'Rupor has guessed what each column holds. Check it and fix anything wrong: above each column, choose what is in it.',
      fileTitle: 'The first rows of the file',
      resultTitle: 'How it will be imported',
      column: 'Column {{number}}',
      faxColumns_one:
        'The column {{columns}} is left out: it holds fax or pager numbers, which WhatsApp cannot reach.',
      faxColumns_few:
        'The columns {{columns}} are left out: they hold fax and pager numbers, which WhatsApp cannot reach.',
      faxColumns_many:
        'The columns {{columns}} are left out: they hold fax and pager numbers, which WhatsApp cannot reach.',
      faxColumns_other:
        'The columns {{columns}} are left out: they hold fax and pager numbers, which WhatsApp cannot reach.',
      noPhoneColumn:
        'Choose the column with the phone number: without a number a contact cannot be saved or sent a broadcast.',
      refreshing: 'Updating the example…',
      nameOrder: 'Order is',
      nameOrderLastFirst: 'Last First',
      nameOrderFirstLast: 'First Last',
      nameOrderHint:
        'How every full name of the file is split. Names with a patronymic, and initials, are read on their own.',
      consentTitle: 'Consent to broadcasts',
      consentGranted: 'These people agreed to receive messages',
      consentUnknown: 'Consent unknown',
      consentHint:
        'People whose consent is unknown are not sent broadcasts. You can mark their consent later.',
      consentColumnHint: 'If the file has a consent column, each row’s own answer comes first.',
      chooseAnother: 'Choose another file',
      start: 'Import',
      failed: 'Something went wrong',
    },
    delimiters: {
      comma: 'comma',
      semicolon: 'semicolon',
      tab: 'tab',
      other: '“{{character}}”',
    },
    targets: {
      ignore: 'Do not import',
      fullName: 'Full name',
      firstName: 'First name',
      middleName: 'Middle name',
      lastName: 'Last name',
      phone: 'Phone',
      email: 'Email',
      tags: 'Tags',
      notes: 'Note',
      consent: 'Consent to broadcasts',
      country: 'Country or address',
      savedNumber: 'Saved our number',
    },
    vcardColumns: {
      fullName: 'Full name',
      firstName: 'First name',
      middleName: 'Middle name',
      lastName: 'Last name',
      mobilePhone: 'Mobile phone',
      otherPhone: 'Other phone',
      mobilePhoneLabel: 'Mobile phone: labels',
      otherPhoneLabel: 'Other phone: labels',
      email: 'Email',
      categories: 'Groups',
      note: 'Note',
    },
    preview: {
      line: 'Row',
      name: 'Name',
      phones: 'Phones',
      tags: 'Tags',
      consent: 'Consent',
      problems: 'Issues',
      primary: 'main',
      primaryHint: 'Broadcasts go to this number',
      noName: 'No name',
      skipped: 'Will not be imported',
      fullName: 'Full name',
      lastName: 'Last name',
      firstName: 'First name',
      middleName: 'Middle name',
    },
    consent: {
      granted: 'Given',
      unknown: 'Unknown',
      withdrawn: 'Refused',
    },
    running: {
      starting: 'Starting the import…',
      reading: 'Read {{done}} of ~{{total}} rows',
      saving: 'Saving the contacts…',
      savingHint:
        'The file has been read; the contacts are being written. This can no longer be cancelled.',
      cancel: 'Cancel import',
      cancelHint: 'If you cancel now, your contacts stay exactly as they were before the import.',
      cancelFailed: 'The import could not be cancelled',
    },
    report: {
      finishedTitle: 'Import finished',
      rows: 'File “{{fileName}}”: {{rows}} rows of contacts.',
      cancelledTitle: 'Import cancelled',
      cancelledText: 'You stopped the import. Your contacts are exactly as they were before it.',
      failedTitle: 'The import failed',
      failedText:
        'Something went wrong inside Rupor; the details are in the log. Your contacts are as they were. Please try again.',
      interruptedTitle: 'The import was interrupted',
      interruptedText:
        'Rupor stopped while importing this file (it was closed or the computer turned off). Nothing of it was saved: your contacts are as they were. Import the file again.',
      fileProblemTitle: 'This file could not be imported',
      nothingImported: 'Nothing was imported: your contacts are as they were.',
      problemsTitle: 'Rows worth a look',
      problemsCapped: 'The first {{shown}} notes are shown here. The CSV report has all of them.',
      noProblems: 'Every row was imported without a note.',
      download: 'Download report (CSV)',
      downloadHint:
        'The report lists every row with an error or a note. Fix them, save the file and import it again.',
      downloadFailed: 'The report could not be prepared',
      again: 'Import another file',
      done: 'Done',
    },
    counts: {
      added: 'New contacts',
      addedHint: 'They were not in your contacts',
      updated: 'Updated',
      updatedHint: 'Already there; new numbers, tags or a name added',
      unchanged: 'Unchanged',
      unchangedHint: 'Already there, and the file had nothing new about them',
      mergedDuplicates: 'Repeats in the file',
      mergedDuplicatesHint: 'Appeared more than once in the file and were merged into one contact',
      rejected: 'Not imported',
      rejectedHint: 'Rows with errors, listed below',
      flagged: 'With notes',
      flaggedHint: 'Imported, but worth a check',
    },
    problems: {
      line: 'Row',
      result: 'Result',
      reason: 'What is wrong',
      raw: 'As in the file',
      name: 'Who',
      rejected: 'Not imported',
      flagged: 'Imported',
      lineReason: 'Row {{line}}: {{reason}}',
    },
    rowProblems: {
      no_phone: 'there is no phone number',
      invalid_phone: 'the number “{{value}}” does not look like a phone number',
      nonexistent_phone: 'the number “{{value}}” is not a valid number in any country',
      not_mobile: 'the number “{{value}}” looks like a landline, which WhatsApp cannot reach',
      country_mismatch: 'the number “{{value}}” is of another country than the contact’s; check it',
      fax_or_pager_skipped:
        'the number “{{value}}” is a fax or a pager, which WhatsApp cannot reach; it was not imported',
      duplicate_in_file:
        'the number “{{value}}” already appeared above in the file; the rows were merged',
      number_of_other_contact:
        'the number “{{value}}” already belongs to another contact and stays with it',
      unknown_consent_value:
        'the consent mark “{{value}}” is not clear, so consent is taken as unknown',
    },
    fileProblems: {
      empty_file: 'The file is empty: it has no rows at all.',
      header_only: 'The file has only the row of column names and no contacts.',
      binary_file:
        'This is not a text file; perhaps an Excel workbook (.xlsx) or a document. Save the contacts as CSV (File → Save As → CSV) or vCard (.vcf) and choose the new file.',
      unbalanced_quote:
        'Row {{line}} opens a quotation mark that is never closed, so the rest of the file cannot be read. Fix that row in Excel or a text editor and try again.',
      unbalanced_quote_somewhere:
        'The file opens a quotation mark that is never closed, so the rest cannot be read. Check the quotes in Excel or a text editor and try again.',
      too_large:
        'The file is too large. Split it into several smaller files and import them one by one.',
      no_columns:
        'The rows could not be split into columns. Check that this is a CSV table with columns separated by commas, semicolons or tabs.',
      no_phone_column:
        'No column of phone numbers was found in the file. Check that it holds numbers, one or several per cell.',
      too_many_columns:
        'Row {{line}} has more than {{limit, number}} columns, more than any contacts table has, so the file was not imported. Keep only the columns you need (name, phone, e-mail…) and choose the file again.',
      line_too_long:
        'Line {{line}} is longer than {{limit, number}} characters, longer than any row of a contacts table, so the file was not imported. Perhaps it is not a CSV table, or it lost its line breaks. Check the file in Excel or a text editor and try again.',
    },
  },
  eligibility: {
    eligible: 'Will get it',
    opted_out: 'Opted out',
    consent_withdrawn: 'Consent withdrawn',
    no_number: 'No number',
    invalid_number: 'Invalid number',
    not_mobile: 'Not a mobile number',
    no_consent: 'No consent',
  },
  errors: {
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

// English of ru-rest.ts: fetched with the first lazy section or part once English is shown.
import type { RestTranslation } from './translation'
import { listsEn } from './en/lists'
import { optOutsEn } from './en/opt-outs'
import { datesEn } from './en/dates'
import { campaignsEn } from './en/campaigns'
import { cloudErrorsEn } from './en/cloud-errors'
import { sendersEn } from './en/senders'
import { banCentreEn } from './en/ban-centre'
import { riskEn } from './en/risk'
import { resultsEn } from './en/results'
import { consentEn } from './en/consent'
import { assistedPlanEn } from './en/assisted-plan'
import { phoneListsEn } from './en/phone-lists'
import { phoneBroadcastEn } from './en/phone-broadcast'
import { optInEn } from './en/opt-in'
import { updatesEn } from './en/updates'
export const enRest: RestTranslation = {
  lists: listsEn,
  optOuts: optOutsEn,
  dates: datesEn,
  campaigns: campaignsEn,
  cloudErrors: cloudErrorsEn,
  senders: sendersEn,
  banCentre: banCentreEn,
  risk: riskEn,
  results: resultsEn,
  consentMark: consentEn,
  assistedPlan: assistedPlanEn,
  phoneLists: phoneListsEn,
  phoneBroadcast: phoneBroadcastEn,
  optIn: optInEn,
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
}

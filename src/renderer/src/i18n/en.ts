import type { Translation } from './translation'

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
    campaigns: 'Campaigns',
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
  },
  lists: {
    emptyTitle: 'No broadcast lists yet',
    emptyPurpose:
      'A list is who gets one broadcast: up to 256 people from your contacts. Anyone who asked not to be messaged is left out automatically, even if you pick them by hand.',
    emptyFirstStep: 'Add your customers to Contacts first: lists are built from them.',
    goToContacts: 'Go to Contacts',
  },
  campaigns: {
    emptyTitle: 'No campaigns yet',
    emptyPurpose:
      'Rupor sends messages gradually, with pauses, the way a person would: at most 50 an hour and at most 250 new chats a day. That way WhatsApp does not take you for a spammer and does not ban your number.',
    emptyFirstStep: 'To start, prepare a broadcast list — who the message goes to.',
    goToLists: 'Go to Lists',
  },
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
    dataTitle: 'Where your data lives',
    dataHint:
      'Contacts, lists and campaigns are kept in this folder on your computer. It is worth including in your backups.',
    dataDir: 'Data folder',
    databaseFile: 'Database file',
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
  },
  errors: {
    invalid_input: 'Please check that everything is filled in correctly.',
    unknown_call:
      'Rupor did not understand the request. This window is probably left over from an older version — restart the app.',
    not_found: 'The record could not be found; it may have been deleted.',
    forbidden: 'Rupor refused access.',
    file_problem:
      'The file could not be read. Check that it is a contacts export (CSV or vCard) and try again.',
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
  },
}

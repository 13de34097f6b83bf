import type { Translation } from '../translation'

// English texts of a list's broadcast list on the owner's phone (WhatsApp Business).
export const phoneListsEn: Translation['phoneLists'] = {
  title: 'On the phone',
  loading: 'Checking what is on the phone…',
  loadFailed: 'Could not tell what is on the phone',
  notYet:
    'This list is not a broadcast list in WhatsApp Business on the phone yet. Rupor shows how to make one and keeps it in step with the list.',
  make: 'Make the broadcast list on the phone',
  mirrored_one:
    'On the phone since {{when}}: {{count,number}} person in the broadcast list “{{name}}”',
  mirrored_few:
    'On the phone since {{when}}: {{count,number}} people in the broadcast list “{{name}}”',
  mirrored_many:
    'On the phone since {{when}}: {{count,number}} people in the broadcast list “{{name}}”',
  mirrored_other:
    'On the phone since {{when}}: {{count,number}} people in the broadcast list “{{name}}”',
  inStep: 'The broadcast list on the phone matches the list.',
  forget: 'Forget the broadcast list on the phone',
  forgetHint:
    'If you deleted the broadcast list on the phone or want to make it again. Nothing changes on the phone itself.',
  forgotten: 'Rupor no longer follows the broadcast list on the phone.',
  failed: 'That did not work',
  remove: {
    title: 'Remove from the broadcast list on the phone:',
    explain:
      'The phone knows nothing of opt-outs. While these people are on the broadcast list, Rupor will not record a new message to it.',
    done: 'Done, removed',
    doneTicked: 'Done, removed those ticked',
  },
  add: {
    title: 'Add to the broadcast list on the phone:',
    explain:
      'They may be messaged and saved the shop’s number, but are not on the broadcast list on the phone yet.',
    done: 'Done, added',
    doneTicked: 'Done, added those ticked',
    vcard: 'Contacts for the phone (vCard)',
  },
  why: {
    opted_out: 'opted out',
    consent_lost: 'no consent',
    left_list: 'no longer on the list',
    deleted: 'deleted from contacts',
    not_saved: 'has not saved the number',
    ineligible: 'may not be messaged',
  },
  howTo: {
    button: 'How?',
    how: 'How to remove or add someone on the phone’s broadcast list',
    android:
      'Android: open the broadcast list → tap its name at the top → “Edit recipients” (pencil) → untick or tick people → the green tick.',
    iphone:
      'iPhone: Chats → Broadcast Lists → the “i” next to the list → “Edit List…” → untick or tick people → Done.',
  },
  wizard: {
    title: 'Broadcast list on the phone: “{{name}}”',
    guideTitle: '1. How to make a broadcast list in WhatsApp Business',
    checklistTitle: '2. Tick these people on the phone',
    missingTitle: 'Someone missing from the phone?',
    recordTitle: '3. Tell Rupor the broadcast list is made',
  },
  guide: {
    android: 'Android',
    iphone: 'iPhone',
    note: 'Menu names may differ slightly between versions of the app.',
    androidSteps: {
      s1: 'Open WhatsApp Business and the Chats tab.',
      s2: 'Tap ⋮ (More options) at the top right.',
      s3: 'Choose “New broadcast”.',
      s4: 'Find and tick the people of the list below, one by one from the top. At most 256.',
      s5: 'Tap the green tick button. The broadcast list appears in Chats; tap its name to rename it.',
    },
    iphoneSteps: {
      s1: 'Open WhatsApp Business and the Chats tab.',
      s2: 'Tap “Broadcast Lists” at the top of the screen (in newer versions, behind “…” at the top).',
      s3: 'Tap “New List” at the bottom of the screen.',
      s4: 'Find and tick the people of the list below, one by one from the top. At most 256.',
      s5: 'Tap “Create”.',
    },
    picture: {
      chats: 'Chats',
      more: 'More options',
      newGroup: 'New group',
      newBroadcast: 'New broadcast',
      linkedDevices: 'Linked devices',
      settings: 'Settings',
      broadcastLists: 'Broadcast Lists',
      newList: 'New List',
      create: 'Create',
      recipients: 'Recipients',
      alt: {
        androidMenu: 'The Chats screen on Android: the ⋮ menu is open, “New broadcast” highlighted',
        androidPick: 'Choosing recipients: people ticked, the green tick button at the bottom',
        iphoneLists: 'The Chats screen on iPhone: “Broadcast Lists” at the top highlighted',
        iphoneNew: 'The Broadcast Lists screen: “New List” at the bottom highlighted',
      },
    },
  },
  checklist: {
    explain:
      'These are the list’s people who may be messaged and saved the shop’s number (otherwise a list message never reaches them), in the order the phone shows contacts.',
    order: 'Order as on the phone',
    byFirst: 'By first name (Android)',
    byLast: 'By last name (iPhone)',
    ticked: 'Ticked {{ticked,number}} of {{total,number}}',
    tickAll: 'Tick all',
    tickNone: 'Untick all',
    nobody:
      'Nobody on the list may get a list message yet: it needs consent and “saved our number”.',
    tooFew: 'A WhatsApp broadcast list needs at least 2 people.',
    tooMany: 'A WhatsApp broadcast list holds at most 256 people.',
  },
  missing: {
    explain:
      'Only people in the phone’s contacts can go on its broadcast list. Download them as a vCard file (.vcf) and open it on the phone: the contacts are added.',
    all: 'Everyone who may go on it (vCard)',
    toAdd: 'Only those not on the broadcast list yet (vCard)',
    howTitle: 'How to get the file to the phone',
    ways: {
      s1: 'E-mail it to yourself: open the e-mail on the phone and tap the attachment.',
      s2: 'A cloud drive or Telegram: put the file in Google Drive, iCloud Drive or Dropbox, or send it to “Saved Messages” in Telegram, then open it on the phone.',
      s3: 'A USB cable (Android): copy the file to the phone’s Download folder and open it in Contacts → Import.',
      s4: 'Android: contacts.google.com → Import: the contacts appear on the phone with the same Google account.',
      s5: 'iPhone: icloud.com → Contacts → “+” → Import Contact, if iCloud contacts are on for the iPhone.',
    },
    noQr: 'A QR code will not do: it holds only about 3 KB, a contacts file is usually bigger, and a phone’s camera cannot save many contacts from a QR code at once.',
  },
  record: {
    sender: 'Whose phone (the shop’s number)',
    senderPlaceholder: 'Choose the number',
    noSenders: 'First add the shop’s WhatsApp number under “Sending numbers”.',
    name: 'The broadcast list’s name on the phone',
    madeAt: 'Made at',
    madeAtHint: 'Empty: just now.',
    submit: 'The broadcast list is made on the phone',
    saved_one: 'Recorded: the broadcast list “{{name}}” on the phone, {{count,number}} person.',
    saved_few: 'Recorded: the broadcast list “{{name}}” on the phone, {{count,number}} people.',
    saved_many: 'Recorded: the broadcast list “{{name}}” on the phone, {{count,number}} people.',
    saved_other: 'Recorded: the broadcast list “{{name}}” on the phone, {{count,number}} people.',
  },
  confirmedRemoved: 'Noted: removed from the broadcast list on the phone.',
  confirmedAdded: 'Noted: added to the broadcast list on the phone.',
}

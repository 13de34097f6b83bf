// English texts of a phone broadcast campaign: one list message sent from WhatsApp Business.
import type { RestTranslation } from '../translation'

export const phoneBroadcastEn: RestTranslation['phoneBroadcast'] = {
  way: {
    label: 'How it goes',
    paced: 'One by one, Rupor keeps the pauses',
    phone: 'As a broadcast list from the phone (WhatsApp Business)',
    pacedHint: 'Rupor tells you whom to message next and keeps pauses between messages.',
    phoneHint:
      'One message to everyone at once from a broadcast list in WhatsApp Business on your phone. It reaches only people who saved the shop’s number. Rupor shows the text with a QR code and records whom it went to.',
  },
  personal:
    'A broadcast list gets one text for everyone, so these placeholders are not filled in and arrive as written: {{fields}}. Take them out of the text: while they are there it cannot go to the phone. The shop’s name ({{shop}}) may stay.',
  next: 'Next: send from the phone',
  panel: {
    title: 'Send from the phone',
    noList: 'Choose one list for this campaign.',
    noPhoneList:
      'The list “{{list}}” has no broadcast list on the phone yet. Make one on the list’s page: it has step-by-step instructions.',
    openList: 'Open the list “{{list}}”',
    outsideHours:
      'The number’s sending hours are closed now (see “Sending hours” below). A list message reaches everyone at once: send it when your customers are awake and the shop can answer.',
    personalTitle: 'The text cannot go to the phone yet',
    editText: 'Edit the text',
    people: 'People on the broadcast list “{{phoneList}}” on the phone: {{count}}',
    steps:
      'Open WhatsApp Business on the phone and the broadcast list “{{phoneList}}”. Point the phone’s camera at the QR code — the text appears; copy it and paste it into the broadcast. Or press “Copy the text” and send it to yourself. Send it, then come back here and record the time.',
    qrLabel: 'QR code with the message’s text',
    tooLongForQr:
      'The text is too long for a QR code. Press “Copy the text” and send it to yourself on the phone — by e-mail, or to your own chat in WhatsApp.',
    copy: 'Copy the text',
    copied: 'Text copied',
    sentAt: 'When it was sent',
    sentAtHint: 'The time on the phone; not later than now.',
    future: 'That time has not come yet.',
    record: 'Sent to the broadcast list “{{phoneList}}” at {{time}}',
    recorded: 'Recorded: sent to the broadcast list “{{phoneList}}” {{at}}.',
    recordedTitle: 'Sent from the phone',
    recordedText:
      'Sent to the broadcast list “{{list}}” {{at}}. Replies come to the phone: mark below what each person answered.',
  },
  reply: {
    column: 'Reply',
    label: 'Reply: {{name}}',
    none: 'No mark',
    replied: 'Replied',
    asked_to_stop: 'Asked to stop',
    wrong_number: 'Wrong number',
    forGood: 'On the opt-out list — for good.',
    saved: 'Marked: {{name}} — {{reply}}',
  },
  channel: {
    assisted: 'One by one',
    cloud_api: 'Cloud API',
    phone_broadcast: 'Phone broadcast list',
  },
  results: {
    channel: 'Sent as: {{channels}}',
    replies:
      'Replied: {{replied}} · asked to stop: {{askedToStop}} · wrong number: {{wrongNumber}}',
  },
}

// English texts of the ban centre: a blocked number, what happened and what to do.
import type { RestTranslation } from '../translation'

export const banCentreEn: RestTranslation['banCentre'] = {
  title: 'Blocks',
  loadFailed: 'Could not load the numbers',
  retry: 'Try again',
  emptyTitle: 'Every number may send',
  emptyPurpose:
    'If WhatsApp blocks a number, it shows up here: what happened, what to do, and how to allow sending again. Rupor stops every campaign of such a number at once.',
  emptyAdvice:
    'To keep it that way: message only people who agreed, keep the opt-out line, and do not hurry the sending.',
  intro_one: 'WhatsApp blocked {{count,number}} number. Below: what happened and what to do.',
  intro_few: 'WhatsApp blocked {{count,number}} numbers. Below: what happened and what to do.',
  intro_many: 'WhatsApp blocked {{count,number}} numbers. Below: what happened and what to do.',
  intro_other: 'WhatsApp blocked {{count,number}} numbers. Below: what happened and what to do.',
  card: {
    since: 'Blocked {{when}}',
    until: 'Meta says the restriction ends {{when}}',
    happened: 'What happened',
    reported: {
      temporary: 'You noted that WhatsApp blocked the number for a while (usually 24 or 48 hours).',
      permanent: 'You noted that WhatsApp blocked the number for good.',
    },
    metaSaid: 'Meta’s answer, code {{code}}: {{message}}',
    metaSaidNoCode: 'Meta’s answer: {{message}}',
    stopped: 'Nothing goes out from this number — no campaign — until you allow sending here.',
    whatToDo: 'What to do',
    lift: 'I have dealt with it — allow sending',
  },
  advice: {
    policy: {
      step1:
        'Wait: such a block is usually temporary. Do not try to send from this number any other way.',
      step2:
        'Open WhatsApp Manager (business.facebook.com) → Account quality: it shows which rule Meta thinks was broken and until when the restriction lasts.',
      step3: 'If you are sure it is a mistake, appeal there — Request review.',
    },
    locked: {
      step1:
        "Check the number's two-step verification PIN: after wrong attempts Meta locks the account.",
      step2:
        'Look at the account and the number in WhatsApp Manager (business.facebook.com): is a policy breach listed?',
      step3: 'If the account was locked by mistake, appeal in WhatsApp Manager.',
    },
    spam: {
      step1: "The number's quality fell: people blocked or reported your messages.",
      step2:
        'Review the list: message only people who agreed to your broadcasts, and drop those who have not bought from you in a long while.',
      step3:
        'Review the text: shorter, more useful, with a clear way to opt out. Wait until the quality in WhatsApp Manager is high again.',
    },
    payment: {
      step1:
        "Open Meta Business (business.facebook.com) → Billing and check the WhatsApp account's payment method.",
      step2:
        'If the card was declined or the credit is used up, add another payment method or top the account up.',
      step3: 'Once Meta accepts the payment, allow sending here.',
    },
    temporary: {
      step1:
        'Wait until the block is over and send nothing from this number, neither from Rupor nor by hand.',
      step2:
        'Review the list and the text: a block means many people reported or blocked the number.',
      step3:
        'After the block, start calmly: fewer messages an hour, and only to people who expect your messages.',
    },
    permanent: {
      step1:
        'Open WhatsApp on the phone with this number. On the ban screen, tap “Request a review”.',
      step2:
        'If WhatsApp asks you to tell more, paste the text below. One review covers one number; asking again does not speed it up.',
      step3:
        'WhatsApp itself shows how the review is going, and notifies you of the decision. Until then, send nothing from this number. Got it back? Allow sending here.',
    },
    other: {
      step1: "Read Meta's answer above: it says what exactly is wrong.",
      step2: 'Check the number and the account in WhatsApp Manager (business.facebook.com).',
      step3: 'If it is unclear what to do, write to Meta Business support and give the error code.',
    },
  },
  numbers: {
    title: 'Your numbers',
    hint: 'If WhatsApp blocked a number, mark it here: Rupor pauses every campaign of it at once and tells you what to do.',
    canSend: 'May send',
    warmUpAgain:
      'After a block Rupor warms the number up again: from {{date}} it counts as new, so it starts fewer new chats a day than usual for now.',
  },
  report: {
    button: 'Report a block',
    again: 'Update the block',
    title: 'Did WhatsApp block the number “{{label}}”?',
    intro: 'Mark what WhatsApp says in the app on the phone.',
    kind: 'Which block',
    temporary24: 'For a while: 24 hours',
    temporary48: 'For a while: 48 hours',
    temporaryHint: 'WhatsApp shows in the app how long the number is blocked for.',
    permanent: 'For good',
    permanentHint: 'WhatsApp says this account is not allowed to use WhatsApp.',
    when: 'When it happened',
    whenNow: 'Just now',
    whenEarlier: 'Earlier',
    at: 'Date and time',
    pauses_one:
      'Rupor pauses {{count,number}} running campaign of this number at once. It will not go on by itself.',
    pauses_few:
      'Rupor pauses {{count,number}} running campaigns of this number at once. They will not go on by themselves.',
    pauses_many:
      'Rupor pauses {{count,number}} running campaigns of this number at once. They will not go on by themselves.',
    pauses_other:
      'Rupor pauses {{count,number}} running campaigns of this number at once. They will not go on by themselves.',
    pausesNone:
      'No campaign of this number is running. None can start from it until the block is over.',
    confirm: 'Mark the block',
    cancel: 'Cancel',
    done: 'The number “{{label}}” is marked as blocked',
    paused_one: '{{count,number}} campaign was paused.',
    paused_few: '{{count,number}} campaigns were paused.',
    paused_many: '{{count,number}} campaigns were paused.',
    paused_other: '{{count,number}} campaigns were paused.',
    pausedNone: 'No campaign of the number was running.',
    problems: {
      required: 'Enter the date and time.',
      future: 'That time has not come yet.',
    },
  },
  temporary: {
    ends: 'The block ends {{when}}, {{left}}.',
    endsSoon: 'The block’s time is over: the number may send again shortly.',
    warmUp:
      'After it, Rupor starts the warm-up again as for a new number: from {{date}}, at most {{count,number}} new chats a day, then gradually more.',
    paused:
      'Stopped campaigns do not go on by themselves: when the block is over, open them and press Resume.',
    mistaken: 'Marked it by mistake? Allow sending',
    stopped: 'Until the block is over, nothing goes out from this number — no campaign.',
  },
  appeal: {
    textTitle: 'What to write',
    textHint: 'A ready text in your name. Adjust it if needed, then copy it.',
    copy: 'Copy the text',
    copied: 'Copied',
    text: 'Hello! My number {{phone}} has been banned from WhatsApp, and I ask you to review this decision. It is the number of the shop “{{shop}}”. We only message our own customers who agreed to receive our messages — about their orders, new arrivals and discounts. We send a few at a time, with pauses, and every message offers a way to opt out; we never message anyone who opted out again. If we broke a rule without knowing it, please tell us what to fix. Please restore the number. Thank you!',
    textNoShop:
      'Hello! My number {{phone}} has been banned from WhatsApp, and I ask you to review this decision. It is our shop’s number. We only message our own customers who agreed to receive our messages — about their orders, new arrivals and discounts. We send a few at a time, with pauses, and every message offers a way to opt out; we never message anyone who opted out again. If we broke a rule without knowing it, please tell us what to fix. Please restore the number. Thank you!',
    noShopName: 'Add the shop’s name in Settings and it will be in the text.',
  },
  causes: {
    title: 'What may have led to the block',
    hint: 'How Rupor rated the risk of this number’s campaigns at the moment of the block, the weightiest first.',
    none: 'Rupor found nothing in this number’s campaigns before the block that usually leads to one.',
  },
  history: {
    title: 'Past blocks',
    label: 'Blocks of the number “{{label}}”',
    when: 'When',
    kind: 'Which',
    lasted: 'How long',
    ended: 'How it ended',
    temporary: 'For a while',
    permanent: 'For good',
    ongoing: 'Still in force',
    lifted: 'You allowed sending {{when}}',
    expired: 'Ended by itself {{when}}',
    lessThanHour: 'under an hour',
    hours: '{{count,number}} h',
    days: '{{count,number}} d',
  },
  liftModal: {
    title: 'Allow sending from the number “{{label}}”?',
    text: 'Rupor will allow campaigns from this number again. Stopped campaigns do not go on by themselves: resume them once you are sure the block is lifted. If Meta still blocks the number, it comes back here at the first send.',
    confirm: 'Allow sending',
    cancel: 'Cancel',
    done: 'Sending from the number “{{label}}” is allowed again',
  },
}

// English texts of the ban centre: a blocked number, what happened and what to do.
import type { Translation } from '../translation'

export const banCentreEn: Translation['banCentre'] = {
  title: 'Blocks',
  navAlert: 'A number is blocked',
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
        'A temporary block usually lasts 24 or 48 hours. Wait until it ends and send nothing from the number.',
      step2:
        'Review the list and the text: a block means many people reported or blocked the number.',
      step3:
        'After the block, start calmly: fewer messages an hour, and only to people who expect your messages.',
    },
    permanent: {
      step1:
        'Write to WhatsApp support from the app on the phone: Settings → Help → Contact us — and ask them to review the block.',
      step2:
        'Explain that you only message your own customers who agreed to your broadcasts, and offer each a way to opt out.',
      step3: 'Until WhatsApp answers, do not try to send from this number.',
    },
    other: {
      step1: "Read Meta's answer above: it says what exactly is wrong.",
      step2: 'Check the number and the account in WhatsApp Manager (business.facebook.com).',
      step3: 'If it is unclear what to do, write to Meta Business support and give the error code.',
    },
  },
  liftModal: {
    title: 'Allow sending from the number “{{label}}”?',
    text: 'Rupor will allow campaigns from this number again. Stopped campaigns do not go on by themselves: resume them once you are sure the block is lifted. If Meta still blocks the number, it comes back here at the first send.',
    confirm: 'Allow sending',
    cancel: 'Cancel',
    done: 'Sending from the number “{{label}}” is allowed again',
  },
}

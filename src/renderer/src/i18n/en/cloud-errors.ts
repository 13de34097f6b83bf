// English texts of the Cloud API error reasons: what happened, in a shop owner's words.
import type { cloudErrorsRu } from '../ru/cloud-errors'

export const cloudErrorsEn: Record<keyof typeof cloudErrorsRu, string> = {
  token_invalid:
    'Meta does not accept the access token: it expired or was revoked. Enter a new one in the number’s settings.',
  no_permission:
    'The access token lacks permissions on this WhatsApp account. Check the system user’s access in Meta Business.',
  app_rate_limit: 'The Meta app made too many requests. Meta will restore access after a while.',
  account_rate_limit:
    'The WhatsApp account made too many requests. Meta will restore access after a while.',
  throughput: 'Meta asked to send more slowly. Rupor will retry this message shortly.',
  pair_rate_limit:
    'This person was messaged very recently. Rupor will write to them later and go on with the others.',
  spam_limit: 'Meta restricted the number: many people blocked or reported your messages.',
  not_delivered_ecosystem:
    'Meta did not deliver it: the person gets too many promotions. Do not message them for at least a day.',
  marketing_stopped:
    'The person turned off promotional messages from you in WhatsApp. The number is now opted out.',
  experiment: 'The person is in a Meta experiment and gets no promotions. You are not charged.',
  undeliverable:
    'Cannot be delivered: the number has no WhatsApp, or the app is outdated. Rupor will not try again.',
  re_engagement:
    'The person has not written to you for over a day: outside that window only templates may be sent.',
  unsupported_type:
    'Meta does not support this kind of message. Check the campaign’s text and attachments.',
  media_error: 'Meta could not fetch the image or file from its link. Check that the link opens.',
  invalid_parameter: 'Meta refused the message’s parameters. Check the template and its fields.',
  missing_parameter:
    'A required part of the message is missing. Check the template and its fields.',
  invalid_number: 'Meta considers this number invalid. Nothing was sent.',
  recipient_is_sender: 'This is the shop’s own number: campaigns are not sent to yourself.',
  not_in_allowed_list:
    'This is a Meta test number: it may only message the numbers on its allowed list.',
  template_params:
    'The number or kind of fields does not match the template. Check that every field of the template is filled in.',
  template_missing:
    'There is no approved template by this name in this language. Choose the template again.',
  template_too_long: 'With its fields filled in, the message is too long for the template.',
  template_format: 'The template breaks Meta’s formatting rules. Choose another template.',
  template_paused:
    'Meta paused the template after complaints (for 3 or 6 hours). Resume once it is approved again, or choose another.',
  template_disabled:
    'Meta disabled the template for good: it was paused too often. Create a new template.',
  generic_user_error:
    'Meta did not accept the messages: the account may be under review after a large send. Do not send until you know why.',
  policy_block: 'Meta temporarily blocked sending for breaking WhatsApp’s rules.',
  country_not_allowed: 'Your account may not message people in this country.',
  account_locked: 'The WhatsApp account is locked (a policy breach or a wrong two-step PIN).',
  payment: 'A payment problem at Meta: no payment method, or the credit line is used up.',
  display_name: 'Meta has not yet approved the number’s display name.',
  certificate: 'The number has to be registered with the Cloud API again.',
  maintenance: 'Meta is servicing the number (a few minutes). Rupor will retry later.',
  not_registered: 'The number is not registered with the Cloud API. Register it in Meta Business.',
  number_deleted: 'The number was removed from the WhatsApp account. Check the phone number ID.',
  service_down: 'Meta’s service is down for now. Rupor will retry later.',
  parameter_not_valid:
    'Meta refused a value in the message — a fault in the campaign itself, not in the person’s number. The campaign stopped so the list is not used up. Fix what Meta says below, then resume.',
  held_for_quality:
    'Meta held a message for a quality check. If people complain, Meta drops held messages and can block sending for the whole business portfolio. This number’s campaigns stopped: resume when you are sure of the text and the list.',
  button_value_unusable:
    'The field used for the template’s button is empty on this person’s card or too long (a code is up to 15 characters). Not sent to them; the others get the campaign.',
  delivery_paused:
    'Meta paused the delivery of a message: it does this with campaigns it has doubts about, and it may drop the message later. This number’s campaigns stopped: resume when you are sure of the text and the list.',
  portfolio_pacing_drop:
    'Meta dropped held messages: people reacted badly to the campaign. The business portfolio may be blocked, so the campaigns of all its numbers stopped. Check the text and the list before resuming.',
  template_pacing_drop:
    'Meta dropped held messages and paused the template after complaints. This number’s campaigns stopped. Pick another template, or wait until Meta allows this one again.',
  unknown: 'Meta answered with an error Rupor does not know. Its text is below.',
  network:
    'The connection to Meta broke while sending: it is not known whether the message went out.',
  sender_blocked: 'WhatsApp blocked the number: all its campaigns have stopped.',
  app_quit:
    'Rupor was closed while this campaign was sending, so it was paused rather than going on by itself at the next start. Press Resume when you are ready: sending picks up where it stopped.',
  database_damaged:
    'A check found the Rupor database damaged, so nothing more is sent or saved. Close Rupor and start it again: it will offer to restore the newest daily copy that passes its checks (if one does) or to start empty. Either way the opt-out list and the record of what the number has already sent are kept: the limits count it. A restored campaign messages no one twice, and waits for you to resume it.',
  internal_error:
    'Something went wrong inside Rupor while sending from this number, so its campaigns have stopped. Other numbers go on. Press Resume to try again; if it happens again, restart Rupor. The details were written to the log.',
}

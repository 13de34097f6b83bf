// English texts of what people wrote to a Cloud API number: replies to review, and every reply
// on a person's card and a campaign's page.
import type { Translation } from '../translation'

export const repliesEn: Translation['replies'] = {
  review: {
    title: 'Replies to review',
    hint: 'These people seem to ask for no more messages, but Rupor is not sure. Read each reply and decide: until you do, the person stays in your campaigns.',
    more: 'The first {{shown,number}} of {{total,number}} are shown: the rest appear as you decide on these.',
    optOut: 'This is an opt-out',
    notOptOut: 'Not an opt-out',
    optOutHint: 'The number goes on the opt-out list, with the reply in its note.',
    failed: 'The decision was not saved',
    loadFailed: 'The replies could not be loaded',
    retry: 'Try again',
    navBadge_one: '{{count,number}} reply to review',
    navBadge_few: '{{count,number}} replies to review',
    navBadge_many: '{{count,number}} replies to review',
    navBadge_other: '{{count,number}} replies to review',
  },
  list: {
    contactTitle: 'WhatsApp replies',
    campaignTitle: 'Replies to this campaign',
    campaignHint:
      'What people wrote in answer to this campaign: to its message, or after it. Rupor acts on requests to stop by itself.',
    contactHint: 'Everything this person wrote to your Cloud API numbers.',
    empty: 'No one has replied yet.',
    who: 'Who',
    text: 'Reply',
    when: 'When',
    reading: 'How Rupor read it',
    campaign: 'Campaign',
    noCampaign: 'not to a campaign',
    unknownPerson: 'not in contacts',
    via: 'to “{{sender}}”',
  },
  reading: {
    stop: 'Opt-out',
    maybe_stop: 'Looks like an opt-out',
    other: 'Reply',
  },
  decision: {
    opt_out: 'You decided: opt-out',
    not_opt_out: 'You decided: not an opt-out',
    waiting: 'Waiting for your decision',
  },
}

// English texts of sender numbers (their settings, limits and gauges).
import type { Translation } from '../translation'

export const sendersEn: Translation['senders'] = {
  title: 'Sending numbers',
  hint: "Your shop's WhatsApp number that broadcasts go out from. Each number has its own sending hours and limits, shared by all the campaigns sent from it.",
  add: 'Add a number',
  none: "No numbers yet. Add your shop's number to send broadcasts.",
  loadFailed: 'Could not load the numbers',
  retry: 'Try again',
  edit: 'Edit',
  delete: 'Delete',
  actions: 'Actions for the number “{{label}}”',
  summary: '{{phone}} · {{days}}, {{start}}–{{end}} · {{zone}}',
  ageDays_one: 'On WhatsApp for {{count,number}} day',
  ageDays_few: 'On WhatsApp for {{count,number}} days',
  ageDays_many: 'On WhatsApp for {{count,number}} days',
  ageDays_other: 'On WhatsApp for {{count,number}} days',
  warmingUp: 'Warming up: at most {{count,number}} new chats a day',
  fullLimits: 'Full limits',
  channelBadge: {
    assisted: 'By hand through WhatsApp',
    cloud_api: 'Cloud API',
  },
  blocked: 'Blocked',
  blockedText: 'WhatsApp blocked this number: all its campaigns have stopped.',
  openBanCentre: 'What to do',
  modal: {
    addTitle: 'New sending number',
    editTitle: 'Number “{{label}}”',
    label: 'Name',
    labelPlaceholder: 'For example, Garden Street shop',
    labelHint: 'Only you see it, in the lists of numbers and campaigns.',
    phone: "The shop's WhatsApp number",
    phonePlaceholder: '+44 7700 900123',
    phoneHint: 'Test sends go to this number.',
    age: {
      question: 'When did this number start using WhatsApp?',
      hint: 'WhatsApp blocks new numbers sooner, so Rupor starts with few new chats a day and adds more following the warm-up table. A rough answer is enough.',
      new: 'Just now — it is a new number',
      week: 'About a week ago',
      month: 'A month ago or earlier',
      year: 'A year ago or earlier',
      required: 'Choose one of the answers.',
      date: 'I know the exact date',
      warmingUp:
        'For now up to {{allowed,number}} new chats a day, more later following the warm-up table.',
      fullPace: 'Full pace at once: up to {{allowed,number}} new chats a day.',
    },
    startedOn: 'On WhatsApp since',
    ageNow_one:
      'The number is {{count,number}} day old: at most {{allowed,number}} new chats a day.',
    ageNow_few:
      'The number is {{count,number}} days old: at most {{allowed,number}} new chats a day.',
    ageNow_many:
      'The number is {{count,number}} days old: at most {{allowed,number}} new chats a day.',
    ageNow_other:
      'The number is {{count,number}} days old: at most {{allowed,number}} new chats a day.',
    timeZone: 'Time zone',
    timeZoneHint: 'Sending hours are counted in this zone.',
    window: 'When messages may go out',
    windowHint:
      'Outside these hours and days Rupor sends nothing. A campaign that has not finished calmly continues next time.',
    windowStart: 'From',
    windowEnd: 'Until',
    days: 'Days of the week',
    limits: 'Limits',
    limitsHint:
      "WhatsApp's rules of thumb that keep a number from being banned. You may make them stricter, never looser: what is allowed is under each name.",
    gapMin: 'Pause from, seconds',
    gapMax: 'Pause up to, seconds',
    gapHint: 'Each pause is random within these bounds ({{min}}–{{max}} s).',
    perHour: 'Messages an hour',
    newChatsPerDay: 'New chats a day',
    activeChats: 'Active chats',
    between: 'from {{min,number}} to {{max,number}}',
    atMost: 'at most {{max,number}}',
    warmUp: 'Warming up a new number',
    warmUpHint:
      'How many new chats a day a young number may start. The numbers can only be lowered.',
    warmUpFromDay: 'From day',
    warmUpDay_one: 'from day {{count,number}}',
    warmUpDay_few: 'from day {{count,number}}',
    warmUpDay_many: 'from day {{count,number}}',
    warmUpDay_other: 'from day {{count,number}}',
    warmUpFirstDay: 'on the first day',
    warmUpChats: 'New chats a day',
    warmUpStep: 'New chats a day {{day}}',
    warmUpReset: 'Restore the defaults',
    channel: 'How to send',
    channelHint:
      'You can change it later; campaigns already under way keep the way they started with.',
    channelOption: {
      assisted: 'By hand through WhatsApp',
      cloud_api: 'WhatsApp Cloud API (official)',
    },
    channelDescription: {
      assisted:
        'Nothing to set up. Rupor opens the chat with the text typed in, and you press Send.',
      cloud_api:
        "Messages go out by themselves through Meta's official service, using approved templates. Needs a WhatsApp Business account and an access token.",
    },
    opener: 'How to open WhatsApp',
    openerHint:
      'Rupor opens the chat with the person and the text already typed. You press Send yourself.',
    openerOption: {
      wa_me: 'A wa.me link — works everywhere',
      desktop_app: 'The WhatsApp app on this computer',
      web: 'WhatsApp Web in the browser',
    },
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Number “{{label}}” saved',
    pastSends: 'This number has sent messages from Rupor before: its limits count those sends.',
    saveFailed: 'Could not save the number',
    connectFailed: 'The number is saved, but its Cloud API connection is not',
  },
  problems: {
    required: 'Fill this in.',
    startedInFuture: 'This date has not come yet.',
    endBeforeStart: 'The end must be later than the start.',
    noDays: 'Choose at least one day.',
    gapMinOverMax: 'The upper bound cannot be below the lower one.',
    phoneTaken: 'This number is already added as “{{label}}”.',
  },
  deleteModal: {
    title: 'Delete the number “{{label}}”?',
    text: 'The number disappears from Rupor. Contacts and lists stay, and so does its sending history: if you add this number again, its limits count the earlier sends. If a campaign is sending from it, Rupor will not delete it — stop the campaign first.',
    confirm: 'Delete',
    cancel: 'Cancel',
    deleted: 'Number “{{label}}” deleted',
  },
  usage: {
    title: 'Limits of the number “{{label}}”',
    hour: 'In the last hour',
    newChats: 'New chats in 24 hours',
    active: 'Active chats',
    value: '{{used,number}} of {{max,number}}',
    windowOpen: 'Sending hours: open now',
    windowOpenUntil: 'Sending hours: open until {{time}}',
    windowClosed: 'Sending hours: closed now',
    windowClosedUntil: 'Sending hours: closed until {{time}}',
    warmUp: 'The number is warming up: {{age,number}} days old',
    loadFailed: 'Could not find out how much has been sent',
    tier: 'Meta’s 24-hour limit',
  },
  cloud: {
    section: 'Cloud API connection',
    sectionHint:
      "All of this is in Meta: the IDs in WhatsApp Manager (Phone numbers) and in the app's API Setup. Use a permanent access token, made in Meta Business under System users: the temporary one on the API Setup page stops working after 24 hours.",
    phoneNumberId: 'Phone number ID',
    phoneNumberIdHint:
      'Not the phone number itself but its number inside Meta. Digits only, e.g. 106540352242922.',
    wabaId: 'WhatsApp Business Account ID (WABA ID)',
    wabaIdHint:
      "Your WhatsApp business account's number inside Meta, digits only. Rupor reads your message templates with it.",
    token: 'Access token',
    tokenHint:
      'A long secret code from Meta that lets Rupor send messages from your number. Kept on this computer only and sent nowhere but to Meta.',
    tokenStored: 'A token is stored — leave this empty to keep it.',
    tokenStoredPlaceholder: 'Stored — type a new one to replace it',
    tokenForNewAddress:
      'The server address changed — enter the token again: the stored one is deleted and never goes to the new address.',
    plainStorageTitle: 'The token would be kept unencrypted',
    plainStorage:
      'This computer has no system password store (keyring). The access token would lie in Rupor’s folder as plain text: anyone who copies that folder could read it.',
    storePlain: 'Save without encryption',
    dontStore: 'Don’t save',
    notEncrypted:
      "This computer has no system password store, so the token is kept in Rupor's folder without encryption. Do not let others into that folder.",
    apiVersion: 'API version',
    apiVersionHint:
      'The version of the rules programs use to exchange data with Meta (the API). Usually left as it is. Written like {{example}}.',
    advanced: 'Advanced',
    baseUrl: 'Server address',
    baseUrlHint:
      "This field is in Rupor's test builds only. Real numbers work with Meta's address alone: {{example}}. Changing the address asks for the access token again.",
    problems: {
      required: 'Fill this in.',
      digits: 'Digits only, 5 to 30 of them.',
      apiVersion: 'A version is written like v25.0.',
      baseUrl: 'An address like https://graph.facebook.com is needed.',
      tokenRequired: 'Enter the access token: without it Meta accepts no message.',
      tokenFormat: 'The token is too short or too long — copy it whole.',
      baseUrlNotAllowed:
        'Rupor sends the access token to Meta only: the address must be https://graph.facebook.com.',
      tokenForNewAddress:
        'The server address changed: enter the access token again. The stored token is never sent to a new address.',
    },
    connected:
      'Number “{{label}}” saved and connected to the Cloud API. Press “Check the connection” on its card.',
    card: {
      notConnected:
        "The Cloud API connection is not set up: enter the IDs and the access token in the number's settings.",
      noToken: 'No access token yet: until there is one, this number sends nothing.',
      tokenLost: {
        damaged:
          'The file holding access tokens was damaged — enter the token again. Until then, this number sends nothing.',
        unreadable:
          'The access token was encrypted on another computer and cannot be read here — enter the token again. Until then, this number sends nothing.',
        missing:
          'The stored access token is no longer on this computer — enter the token again. Until then, this number sends nothing.',
      },
      tokenRejectedTitle: 'Meta refused the access token',
      tokenRejected:
        "The token expired or was revoked. Enter a new one; until then this number's campaigns wait.",
      enterToken: 'Enter the token',
      setUp: 'Set up the connection',
      enterNewToken: 'Enter a new token',
      connection:
        'Number in Meta: {{phoneNumberId}} · business account (WABA): {{wabaId}} · API version {{apiVersion}}',
      server: 'through the server {{host}}',
      tokenKept: 'Token stored',
      tokenPlain: 'Token stored unencrypted',
      check: 'Check the connection',
      checkFailed: 'The check failed',
      neverChecked:
        'The connection has not been checked yet. Rupor will ask Meta how many new people the number may message a day, its quality, and whether it may send now.',
      checkedAt: 'Checked {{when}}',
      lastCheck: 'Last connection check',
    },
    account: {
      names: '{{verifiedName}} · {{phone}}',
      limit_one: 'May message {{count,number}} new person a day',
      limit_few: 'May message {{count,number}} new people a day',
      limit_many: 'May message {{count,number}} new people a day',
      limit_other: 'May message {{count,number}} new people a day',
      unlimited: 'May message new people without a limit',
      quality: 'Quality: {{value}}',
      qualityValue: {
        high: 'high',
        medium: 'medium',
        low: 'low',
        unrated: 'not rated yet',
      },
      speed: 'Speed: {{value}}',
      speedValue: {
        standard: 'standard (80 messages a second)',
        high: 'high (up to 1,000 messages a second)',
        notApplicable: 'not applicable',
      },
      sending: 'Sending: {{value}}',
      healthValue: {
        available: 'available',
        limited: 'limited',
        blocked: 'blocked',
        unknown: 'unknown',
      },
      tierUnknown:
        'Meta gave the limit “{{tier}}”, which Rupor does not know, so it plays safe: 250 new people a day.',
      tierMissing: 'Meta gave no limit for the number, so Rupor plays safe: 250 new people a day.',
      tierHint:
        "New people are those who have not written to you in the last 24 hours. The limit is shared by all your business's numbers at Meta.",
      limitedTitle: 'Meta limited sending from this number',
      blockedTitle: 'Meta does not allow sending from this number',
      healthNotes: 'What Meta says:',
      noNotes: "Meta gave no details. Look at the number's status in WhatsApp Manager.",
    },
    portfolio: {
      title: 'The business portfolio’s shared limit',
      sharedWithOne:
        'Meta’s daily limit of new people is shared with {{numbers}}: Rupor counts the people both numbers reach together.',
      sharedWithMany:
        'Meta’s daily limit of new people is shared with {{numbers}}: Rupor counts the people all these numbers reach together.',
      alone:
        'No other number of this business portfolio is in Rupor: Meta’s limit is counted for this number alone.',
      unknown:
        'Rupor does not know this number’s business portfolio yet. Check the connection — Meta will say — or pick a number it shares a portfolio with below.',
      fromMeta: 'Meta named the portfolio when the connection was checked (id {{id}}).',
      choose: 'Shares a business portfolio with',
      chooseHint:
        'Numbers of one portfolio share Meta’s daily limit of new people: two campaigns from them must not pass it together.',
      noneChosen: 'No other number',
    },
    webhooks: {
      title: 'Deliveries and replies do not arrive by themselves',
      text: 'Meta reports deliveries, reads, replies and opt-outs made inside WhatsApp only to a permanent internet address (a webhook). A desktop app has no such address, so these events do not arrive by themselves. You can ask Meta for delivery statuses with the button below. And if you have a server of your own that receives these events (a relay server, set up by a developer), load the file it saved.',
      refresh: 'Refresh delivery statuses',
      refreshed_one: '{{count,number}} message asked about; new statuses: {{updated,number}}.',
      refreshed_few: '{{count,number}} messages asked about; new statuses: {{updated,number}}.',
      refreshed_many: '{{count,number}} messages asked about; new statuses: {{updated,number}}.',
      refreshed_other: '{{count,number}} messages asked about; new statuses: {{updated,number}}.',
      nothingToRefresh: 'No recent messages whose status is still open.',
      refreshFailed: 'Could not refresh the statuses',
      historyUnavailable:
        'This account does not report message history, so statuses cannot be fetched this way. Load a file of events instead.',
      pausedBackingOff:
        'Meta asked Rupor to wait (error {{code}}). Statuses will be asked again at {{when}}; polling stays on.',
      pausedUnreachable:
        'Meta could not be reached. Statuses will be asked again at {{when}}; polling stays on.',
      pausedBudget:
        'This hour’s requests to Meta for this account are used up (Meta allows 200 an hour; Rupor keeps some for your buttons). Statuses will be asked again at {{when}}.',
      import: 'Load a file of events',
    },
    importEvents: {
      title: 'File of WhatsApp events',
      hint: "A file your relay server (or another service) saved Meta's event messages to — webhooks, one a line, in JSON. Whoever set up the server can give it to you. Rupor marks deliveries and reads and failed messages, and puts people who asked to stop on the opt-out list. Loading the same file again changes nothing.",
      pick: 'Choose a file',
      change: 'Choose another file',
      chosen: '{{fileName}} · {{size}}',
      formats: '.jsonl .ndjson .json .txt',
      tooLarge:
        'The file “{{fileName}}” is larger than {{max}}. Split it into smaller files and load them one by one.',
      empty: 'The file “{{fileName}}” is empty.',
      unreadable: 'Could not read the file “{{fileName}}”. Try choosing it again.',
      submit: 'Load',
      cancel: 'Cancel',
      failed: 'Could not load the events',
      again: 'Load another file',
      done: 'Done',
      privacy: 'The file does not leave your computer.',
      outcome: {
        lines_one: 'The file has {{count,number}} line.',
        lines_few: 'The file has {{count,number}} lines.',
        lines_many: 'The file has {{count,number}} lines.',
        lines_other: 'The file has {{count,number}} lines.',
        statuses: 'Statuses updated',
        statusesHint: 'Sent, delivered or read',
        failed: 'Not delivered',
        failedHint: 'The reason shows in the campaign',
        optedOut: 'Opted out',
        optedOutHint: 'They will get nothing more',
        replies: 'New replies',
        repliesHint: 'Shown on the person’s card and the campaign',
        toReview: 'To review',
        toReviewHint: 'Looks like an opt-out: decide in Opt-outs',
        unchanged_one:
          '{{count,number}} more event changed nothing: it was already known, or is about a message Rupor did not send.',
        unchanged_few:
          '{{count,number}} more events changed nothing: they were already known, or are about messages Rupor did not send.',
        unchanged_many:
          '{{count,number}} more events changed nothing: they were already known, or are about messages Rupor did not send.',
        unchanged_other:
          '{{count,number}} more events changed nothing: they were already known, or are about messages Rupor did not send.',
        allKnown_one:
          'Nothing new: the {{count,number}} event in the file was already known, or is about a message Rupor did not send.',
        allKnown_few:
          'Nothing new: the {{count,number}} events in the file were already known, or are about messages Rupor did not send.',
        allKnown_many:
          'Nothing new: the {{count,number}} events in the file were already known, or are about messages Rupor did not send.',
        allKnown_other:
          'Nothing new: the {{count,number}} events in the file were already known, or are about messages Rupor did not send.',
        problemsTitle: 'Lines that could not be read',
        line: 'Line',
        problem: 'What is wrong',
        problemText: {
          not_json: 'This is not JSON.',
          not_webhook: 'This is not a WhatsApp event from Meta.',
        },
        problemsCapped: 'The first {{shown,number}} of {{total,number}} are shown.',
      },
    },
  },
  contact: {
    chatsWithShop: 'Already chats with the shop',
    chatsWithShopHint:
      'A message to this person does not count as a new chat and does not use up the daily new-chat limit.',
  },
}

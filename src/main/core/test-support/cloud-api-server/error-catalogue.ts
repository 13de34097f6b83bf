// Meta's WhatsApp error codes as the Cloud API answers them: HTTP status, title (the text after
// "(#code) " in `message`) and `error_data.details`. Clients must act on `code` + `details`
// only; Meta says the titles will be deprecated. Source: Meta's error-codes page, as summarised
// in WHATSAPP-FACTS.md §2.

import { randomBytes } from 'node:crypto'

export interface CloudErrorInfo {
  http: number
  title: string
  details: string
}

const entry = (http: number, title: string, details: string): CloudErrorInfo => ({
  http,
  title,
  details,
})

export const CLOUD_API_ERRORS: ReadonlyMap<number, CloudErrorInfo> = new Map([
  // Authorization and permissions.
  [0, entry(401, 'AuthException', 'We were unable to authenticate the app user.')],
  [190, entry(401, 'Access token has expired', 'Your access token has expired.')],
  [3, entry(500, 'API Method', 'Capability or permissions issue.')],
  [10, entry(403, 'Permission Denied', 'Permission is either not granted or has been removed.')],
  [200, entry(403, 'API Permission', 'Permission is either not granted or has been removed.')],
  [131005, entry(403, 'Access denied', 'Permission is either not granted or has been removed.')],
  // Rate limits. Meta's table lists these as HTTP 400, not 429.
  [4, entry(400, 'Too many calls', 'The app has reached its API call rate limit.')],
  [
    80007,
    entry(400, 'Rate limit issues', 'The WhatsApp Business Account has reached its rate limit.'),
  ],
  [
    80008,
    entry(
      400,
      'Too many calls to this WhatsApp Business account',
      'The WhatsApp Business Account has reached its rate limit for management calls.',
    ),
  ],
  [130429, entry(400, 'Rate limit hit', 'Cloud API message throughput has been reached.')],
  [
    131056,
    entry(
      400,
      '(Business Account, Consumer Account) pair rate limit hit',
      'Too many messages sent from the sender phone number to the same recipient phone number in a short period of time.',
    ),
  ],
  [
    131048,
    entry(
      400,
      'Spam rate limit hit',
      'Message failed to send because there are restrictions on how many messages can be sent from this phone number. This may be because too many previous messages were blocked or flagged as spam.',
    ),
  ],
  // Per-recipient delivery outcomes (mostly asynchronous, in `failed` status webhooks).
  [
    131049,
    entry(
      400,
      'This message was not delivered to maintain healthy ecosystem engagement.',
      'In order to maintain a healthy ecosystem engagement, the message failed to be delivered.',
    ),
  ],
  [
    131050,
    entry(
      400,
      'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
      'Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.',
    ),
  ],
  [
    130472,
    entry(
      400,
      "User's number is part of an experiment",
      "Failed to send message because this user's phone number is part of an experiment.",
    ),
  ],
  [
    131026,
    entry(
      400,
      'Message Undeliverable',
      'Unable to deliver message. Reasons can include: the recipient phone number is not a WhatsApp phone number; the recipient has not accepted the latest Terms of Service; the recipient uses an outdated WhatsApp client.',
    ),
  ],
  [
    131047,
    entry(
      400,
      'Re-engagement message',
      'More than 24 hours have passed since the recipient last replied to the sender number.',
    ),
  ],
  [131051, entry(400, 'Unsupported message type', 'Unsupported message type.')],
  [131053, entry(400, 'Media upload error', 'Unable to upload the media used in the message.')],
  [131052, entry(400, 'Media download error', 'Unable to download the media sent by the user.')],
  // Request problems.
  [
    100,
    entry(
      400,
      'Invalid parameter',
      'The request included one or more unsupported or misspelled parameters.',
    ),
  ],
  [
    131008,
    entry(400, 'Required parameter is missing', 'The request is missing a required parameter.'),
  ],
  [131009, entry(400, 'Parameter value is not valid', 'One or more parameter values are invalid.')],
  [
    131021,
    entry(400, 'Recipient cannot be sender', 'Sender and recipient phone number is the same.'),
  ],
  [
    131030,
    entry(
      400,
      'Recipient phone number not in allowed list',
      'Recipient phone number not in allowed list: add the recipient phone number to the recipient list and try again.',
    ),
  ],
  [33, entry(400, 'Parameter value is not valid', 'The business phone number has been deleted.')],
  [1, entry(400, 'API Unknown', 'Invalid request or possible server error.')],
  // Templates.
  [
    132000,
    entry(
      400,
      'Number of parameters does not match the expected number of params',
      'The number of variable parameter values included in the request did not match the number of variable parameters defined in the template.',
    ),
  ],
  [
    132001,
    entry(
      404,
      'Template name does not exist in the translation',
      'The template does not exist in the specified language or the template has not been approved.',
    ),
  ],
  [132005, entry(400, 'Translated text too long', 'Translated text is too long.')],
  [
    132007,
    entry(
      400,
      'Template Format Character Policy Violated',
      'Template content violates a WhatsApp policy.',
    ),
  ],
  [
    132012,
    entry(
      400,
      'Parameter format does not match format in the created template',
      'Variable parameter values formatted incorrectly.',
    ),
  ],
  [
    132015,
    entry(
      400,
      'Template is Paused',
      'Template is paused due to low quality so it cannot be sent in a template message.',
    ),
  ],
  [
    132016,
    entry(
      400,
      'Template is Disabled',
      'Template has been paused too many times due to low quality and is now permanently disabled.',
    ),
  ],
  [
    131059,
    entry(
      400,
      'Invalid pagination cursor',
      'The pagination cursor is invalid; query again without before/after.',
    ),
  ],
  // Account state.
  [
    135000,
    entry(
      400,
      'Generic user error',
      'Message failed to send because of an unknown error with your request parameters.',
    ),
  ],
  [
    368,
    entry(
      403,
      'Temporarily blocked for policies violations',
      'The WhatsApp Business Account associated with the app has been restricted or disabled for violating a platform policy.',
    ),
  ],
  [
    130497,
    entry(
      403,
      'Business account is restricted from messaging users in this country',
      'The WhatsApp Business Account is restricted from messaging to users in certain countries.',
    ),
  ],
  [
    131031,
    entry(
      403,
      'Account has been locked',
      'The WhatsApp Business Account associated with the app has been restricted or disabled for violating a platform policy, or we were unable to verify data included in the request against data set on the WhatsApp Business Account.',
    ),
  ],
  [
    131042,
    entry(
      400,
      'Business eligibility payment issue',
      'There was an error related to your payment method.',
    ),
  ],
  [
    131037,
    entry(
      400,
      'WhatsApp provided number needs display name approval before message can be sent.',
      'The 555 business phone number needs an approved display name before it can send messages.',
    ),
  ],
  [
    133010,
    entry(
      400,
      'Phone number Not Registered',
      'The phone number is not registered on the WhatsApp Business Platform.',
    ),
  ],
  [
    131060,
    entry(400, 'Unsupported message type', 'Unsupported message type for a coexistence number.'),
  ],
  // Server side.
  [
    131045,
    entry(
      500,
      'Incorrect certificate',
      'Message failed to send due to a phone number registration error.',
    ),
  ],
  [131057, entry(500, 'Account in maintenance mode', 'Business Account is in maintenance mode.')],
  [2, entry(503, 'API Service', 'Temporary due to downtime or due to being overloaded.')],
  [131000, entry(500, 'Something went wrong', 'Message failed to send due to an unknown error.')],
  [131016, entry(500, 'Service unavailable', 'A service is temporarily unavailable.')],
  [133004, entry(503, 'Server Temporarily Unavailable', 'Server is temporarily unavailable.')],
])

/** What Meta answers for `code`; 200–299 share one row, unknown codes answer HTTP 400. */
export function cloudErrorInfo(code: number): CloudErrorInfo {
  const known = CLOUD_API_ERRORS.get(code)
  if (known) return known
  if (code >= 200 && code <= 299) return CLOUD_API_ERRORS.get(200) ?? entry(403, '', '')
  return entry(400, 'Error', `Error ${code}.`)
}

export interface GraphErrorBody {
  error: {
    message: string
    type: 'OAuthException'
    code: number
    error_data: { messaging_product: 'whatsapp'; details: string }
    fbtrace_id: string
  }
}

export interface GraphError {
  status: number
  body: GraphErrorBody
}

/** Graph's trace ids look like 'Az8or2yhqkZfEZ-_4Qn_Bam': 23 URL-safe characters. */
export function newTraceId(): string {
  return randomBytes(18).toString('base64url').slice(0, 23)
}

/** The error envelope Meta answers; `title` / `details` override the catalogue's text. */
export function graphError(
  code: number,
  override: { title?: string; details?: string } = {},
): GraphError {
  const info = cloudErrorInfo(code)
  return {
    status: info.http,
    body: {
      error: {
        message: `(#${code}) ${override.title ?? info.title}`,
        type: 'OAuthException',
        code,
        error_data: { messaging_product: 'whatsapp', details: override.details ?? info.details },
        fbtrace_id: newTraceId(),
      },
    },
  }
}

/** Graph's wording for a node or edge it cannot serve (code 100). */
export function unsupportedRequest(method: string, objectId: string): GraphError {
  return graphError(100, {
    title: `Unsupported ${method.toLowerCase()} request. Object with ID '${objectId}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`,
    details:
      'Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api',
  })
}

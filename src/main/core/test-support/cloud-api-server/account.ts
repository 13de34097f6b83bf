// The business phone number node, `GET /{pnid}?fields=…` (WHATSAPP-FACTS.md §3): quality,
// messaging limit, throughput and health status. Graph answers the requested fields plus `id`.

import type { FieldSelection } from './fields'
import { TEST_APP_ID } from './message-history'
import type { CloudTestAccount } from './types'

export const DEFAULT_ACCOUNT: CloudTestAccount = {
  displayPhoneNumber: '+7 999 000-00-00',
  verifiedName: 'Ромашка',
  qualityRating: 'GREEN',
  messagingLimit: 'TIER_250',
  throughputLevel: 'STANDARD',
  health: 'AVAILABLE',
  countryCallingCode: '7',
}

export const TEST_BUSINESS_ID = '1234567890123456'

export interface PhoneNode {
  phoneNumberId: string
  wabaId: string
  account: CloudTestAccount
  /** The path's version, e.g. 'v25.0'. */
  version: string
  /** The business portfolio the number belongs to (health_status's BUSINESS entity). */
  businessId?: string
}

const DEFAULT_FIELDS = ['id', 'display_phone_number', 'verified_name', 'quality_rating']

/** `whatsapp_business_manager_messaging_limit` exists from v24.0 on. */
export function versionAtLeast(version: string, major: number): boolean {
  const match = /^v(\d+)\.\d+$/.exec(version)
  return match !== null && Number(match[1]) >= major
}

export type PhoneFieldsAnswer =
  { ok: true; body: Record<string, unknown> } | { ok: false; unknownField: string }

export function phoneNumberFields(
  node: PhoneNode,
  selection: FieldSelection | undefined,
): PhoneFieldsAnswer {
  const { account } = node
  const v24 = versionAtLeast(node.version, 24)
  // A Map, so that names like 'constructor' are unknown fields rather than Object's own.
  const values = new Map<string, () => unknown>(
    Object.entries({
      id: () => node.phoneNumberId,
      display_phone_number: () => account.displayPhoneNumber,
      verified_name: () => account.verifiedName,
      quality_rating: () => account.qualityRating,
      messaging_limit_tier: () => account.messagingLimit,
      throughput: () => ({ level: account.throughputLevel }),
      health_status: () => healthStatus(node),
      status: () => 'CONNECTED',
      name_status: () => 'APPROVED',
      code_verification_status: () => 'VERIFIED',
      platform_type: () => 'CLOUD_API',
      account_mode: () => 'LIVE',
      is_official_business_account: () => false,
      country_dial_code: () => account.countryCallingCode,
    }),
  )
  if (v24) values.set('whatsapp_business_manager_messaging_limit', () => account.messagingLimit)
  const body: Record<string, unknown> = {}
  const requested = selection ? [...selection.keys()] : DEFAULT_FIELDS
  for (const field of requested) {
    // Before v24 the portfolio limit is only readable as the old per-number field.
    const name =
      field === 'whatsapp_business_manager_messaging_limit' && !v24 ? 'messaging_limit_tier' : field
    const value = values.get(name)
    if (!value) return { ok: false, unknownField: field }
    body[name] = value()
  }
  body.id = node.phoneNumberId
  return { ok: true, body }
}

/** Meta's health summary: the number's own state, with the WABA, business and app alongside. */
function healthStatus(node: PhoneNode): Record<string, unknown> {
  const { health } = node.account
  const phone: Record<string, unknown> = {
    entity_type: 'PHONE_NUMBER',
    id: node.phoneNumberId,
    can_send_message: health,
  }
  if (health === 'LIMITED') {
    phone.additional_info = [
      'Your business phone number has reached its messaging limit; it can message only users who wrote to it in the last 24 hours.',
    ]
  }
  if (health === 'BLOCKED') {
    phone.errors = [
      {
        error_code: 141010,
        error_description: 'The Business has not passed business verification.',
        possible_solution:
          'Visit business settings and start or resolve the business verification request.',
      },
    ]
  }
  return {
    can_send_message: health,
    entities: [
      phone,
      { entity_type: 'WABA', id: node.wabaId, can_send_message: 'AVAILABLE' },
      {
        entity_type: 'BUSINESS',
        id: node.businessId ?? TEST_BUSINESS_ID,
        can_send_message: 'AVAILABLE',
      },
      { entity_type: 'APP', id: TEST_APP_ID, can_send_message: 'AVAILABLE' },
    ],
  }
}

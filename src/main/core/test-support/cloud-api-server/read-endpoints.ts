// The GET endpoints: the phone number node, the WABA's message templates and the number's
// message history. Each answers a Reply for the router.

import { phoneNumberFields, versionAtLeast } from './account'
import { graphError, newTraceId } from './error-catalogue'
import { parseFields } from './fields'
import type { Reply } from './http-io'
import { historyEntry, type MessageRecord } from './message-history'
import { pageOf, readLimit, type Page } from './paging'
import type { ServerState } from './state'
import type { CloudTestTemplate } from './types'

type Query = Record<string, string>

export function phoneNumberNode(state: ServerState, version: string, query: Query): Reply {
  const answer = phoneNumberFields(
    {
      phoneNumberId: state.phoneNumberId,
      wabaId: state.wabaId,
      account: state.account,
      version,
      businessId: state.portfolio.businessId,
    },
    parseFields(query.fields),
  )
  if (answer.ok) return { status: 200, body: answer.body }
  return graphError(100, {
    title: `Tried accessing nonexisting field (${answer.unknownField}) on node type (WhatsAppBusinessPhoneNumber)`,
    details: `Unknown field: ${answer.unknownField}`,
  })
}

/** Graph's paging object: cursors, plus `next` / `previous` as absolute URLs. */
function pagingOf<T>(
  page: Page<T>,
  baseUrl: string,
  query: Query,
): Record<string, unknown> | undefined {
  if (!page.cursors) return undefined
  const link = (cursorName: 'after' | 'before', cursor: string): string => {
    const params = new URLSearchParams(query)
    params.delete('after')
    params.delete('before')
    params.set(cursorName, cursor)
    return `${baseUrl}?${params.toString()}`
  }
  return {
    cursors: page.cursors,
    ...(page.hasNext ? { next: link('after', page.cursors.after) } : {}),
    ...(page.hasPrevious ? { previous: link('before', page.cursors.before) } : {}),
  }
}

const TEMPLATE_FIELDS = [
  'name',
  'parameter_format',
  'components',
  'language',
  'status',
  'category',
  'id',
]

function templateFields(
  template: CloudTestTemplate,
  fields: readonly string[],
): Record<string, unknown> {
  const all = new Map<string, unknown>([
    ['id', template.id],
    ['name', template.name],
    ['language', template.language],
    ['category', template.category],
    ['status', template.status],
    ['parameter_format', template.parameter_format ?? 'POSITIONAL'],
    ['components', template.components],
    ['quality_score', { score: 'UNKNOWN' }],
    ['rejected_reason', template.status === 'REJECTED' ? 'INVALID_FORMAT' : 'NONE'],
  ])
  const out: Record<string, unknown> = {}
  // Unknown template fields are left out rather than refused: Meta has many more.
  for (const field of fields) if (all.has(field)) out[field] = all.get(field)
  out.id = template.id
  return out
}

const listFilter = (raw: string | undefined): string[] | undefined =>
  raw === undefined || raw === '' ? undefined : raw.split(',').map((value) => value.trim())

export function messageTemplates(state: ServerState, version: string, query: Query): Reply {
  const limit = readLimit(query.limit)
  if (limit === 'invalid')
    return graphError(100, { details: 'The parameter limit must be a positive integer.' })
  const statuses = listFilter(query.status)?.map((status) => status.toUpperCase())
  const categories = listFilter(query.category)?.map((category) => category.toUpperCase())
  const languages = listFilter(query.language)
  const matching = state.templates
    .all()
    .filter(
      (t) =>
        (statuses === undefined || statuses.includes(t.status)) &&
        (categories === undefined || categories.includes(t.category)) &&
        (languages === undefined || languages.includes(t.language)) &&
        (query.name === undefined || query.name === '' || t.name === query.name),
    )
  const page = pageOf(matching, (t) => t.id, { limit, after: query.after, before: query.before })
  if (page === 'bad-cursor') {
    // From v24.0 a bad template-list cursor has its own code.
    return versionAtLeast(version, 24)
      ? graphError(131059)
      : graphError(100, { details: 'The pagination cursor is invalid.' })
  }
  const selection = parseFields(query.fields)
  const fields = selection ? [...selection.keys()] : TEMPLATE_FIELDS
  const body: Record<string, unknown> = {
    data: page.rows.map((template) => templateFields(template, fields)),
  }
  const paging = pagingOf(page, `${state.url}/${version}/${state.wabaId}/message_templates`, query)
  if (paging) body.paging = paging
  const summary = listFilter(query.summary)
  if (summary) {
    const all = state.templates.all().length
    const values = new Map<string, number>([
      ['total_count', matching.length],
      ['message_template_count', all],
      ['message_template_limit', 250],
    ])
    body.summary = Object.fromEntries(
      summary.filter((s) => values.has(s)).map((s) => [s, values.get(s)]),
    )
  }
  return { status: 200, body }
}

/**
 * Message history's refusals, word for word as Meta's v23 OpenAPI documents getMessageHistory
 * (../shared/reference/meta-business-messaging-api-v23.0.openapi.yaml, responses 400/403/422).
 */
const historyRefusals = {
  /** 403: this app may not read the number's message history. */
  unavailable: (): Reply => ({
    status: 403,
    body: {
      error: {
        message: "Your app doesn't have permission to access message history for this phone number",
        type: 'OAuthException',
        code: 200,
        error_subcode: 1349174,
        fbtrace_id: newTraceId(),
        error_user_title: 'Permission Denied',
        error_user_msg: "Your app doesn't have permission to access this resource",
      },
    },
  }),
  /** 422: a well-formed message_id the history does not hold. */
  notFound: (): Reply => ({
    status: 422,
    body: {
      error: {
        message: 'The requested message_id was not found in the message history',
        type: 'GraphMethodException',
        code: 100,
        fbtrace_id: newTraceId(),
      },
    },
  }),
  /** 400: a message_id that is not a WhatsApp message id at all. */
  badId: (): Reply => ({
    status: 400,
    body: {
      error: {
        message: 'Invalid parameter: message_id format is invalid',
        type: 'OAuthException',
        code: 100,
        fbtrace_id: newTraceId(),
      },
    },
  }),
}

export function messageHistory(state: ServerState, version: string, query: Query): Reply {
  if (!state.historyAvailable) return historyRefusals.unavailable()
  const limit = readLimit(query.limit)
  if (limit === 'invalid')
    return graphError(100, { details: 'The parameter limit must be a positive integer.' })
  // Newest first, as Graph lists. An unknown message_id is refused (422, code 100).
  const records: MessageRecord[] = [...state.messages.values()].reverse()
  const wanted = query.message_id
  if (wanted !== undefined && wanted !== '' && !wanted.startsWith('wamid.')) {
    return historyRefusals.badId()
  }
  const matching =
    wanted === undefined || wanted === ''
      ? records
      : records.filter((r) => r.message.wamid === wanted)
  if (wanted !== undefined && wanted !== '' && matching.length === 0) {
    return historyRefusals.notFound()
  }
  const page = pageOf(matching, (r) => r.historyId, {
    limit,
    after: query.after,
    before: query.before,
  })
  if (page === 'bad-cursor')
    return graphError(100, { details: 'The pagination cursor is invalid.' })
  const selection = parseFields(query.fields)
  const telling = {
    webhookDeliveryFailing: state.webhookDeliveryFailing,
    historyErrors: state.historyErrors,
  }
  const body: Record<string, unknown> = {
    data: page.rows.map((r) => historyEntry(r, selection, telling)),
  }
  const paging = pagingOf(
    page,
    `${state.url}/${version}/${state.phoneNumberId}/message_history`,
    query,
  )
  if (paging) body.paging = paging
  return { status: 200, body }
}

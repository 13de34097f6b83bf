// A Cloud API number connected to a local test server, and a campaign of one of its templates, made
// through the app's own calls. Shared by the core's set-ups (calls straight into the core) and the
// e2e specs (calls through the host), so both seed a number the same way.
import type { Campaign } from '../../../shared/campaigns'
import type { CampaignTemplate, CloudTemplate, TemplateParam } from '../../../shared/cloud-api'
import type { Sender } from '../../../shared/senders'
import type { CloudApiTestServer } from './cloud-api-server'

/** One call of the app's API by name: callCore or callHost with its first argument bound. */
export type AppCall = <T>(name: string, input: unknown) => Promise<T>

/** Short gaps: the hour and tier limits are reached within a simulated afternoon. */
export const fastLimits = {
  gapMinSeconds: 30,
  gapMaxSeconds: 40,
  perHour: 50,
  newChatsPerDay: 250,
  activeChats: 1000,
} as const

/** Saves a Cloud API number and connects it to the test server; returns what the connect answers. */
export async function connectCloudNumber(
  call: AppCall,
  server: Pick<CloudApiTestServer, 'phoneNumberId' | 'wabaId' | 'url' | 'token'>,
  number: {
    label: string
    phone: string
    startedOn: string
    limits?: typeof fastLimits
    /** Another token than the server's own (a test of a refused one). */
    token?: string
  },
): Promise<Sender> {
  const created = await call<Sender>('senders.save', {
    label: number.label,
    channel: 'cloud_api',
    phone: number.phone,
    startedOn: number.startedOn,
    timeZone: 'Europe/Moscow',
    ...(number.limits ? { limits: number.limits } : {}),
  })
  return call<Sender>('cloud.connect', {
    senderId: created.id,
    phoneNumberId: server.phoneNumberId,
    wabaId: server.wabaId,
    baseUrl: server.url,
    token: number.token ?? server.token,
  })
}

/** Every placeholder of the template mapped to the first name, «друг» for the nameless. */
export function firstNameParams(template: CloudTemplate): Record<string, TemplateParam> {
  return Object.fromEntries(
    template.placeholders.map((p) => [
      `${p.component}:${p.key}`,
      { kind: 'field', field: 'first_name', fallback: 'друг' } as const,
    ]),
  )
}

/** A draft campaign of the number's template `templateName`, mapped as given (default: first name). */
export async function saveTemplateCampaign<C = Campaign>(
  call: AppCall,
  campaign: {
    name: string
    senderId: number
    listIds: number[]
    templateName: string
    params?: Record<string, TemplateParam>
  },
): Promise<C> {
  const templates = await call<CloudTemplate[]>('cloud.templates', { senderId: campaign.senderId })
  const chosen = templates.find((t) => t.name === campaign.templateName)
  if (!chosen) throw new Error(`no template ${campaign.templateName}`)
  const template: CampaignTemplate = {
    ...chosen,
    params: campaign.params ?? firstNameParams(chosen),
  }
  return call<C>('campaigns.save', {
    name: campaign.name,
    senderId: campaign.senderId,
    listIds: campaign.listIds,
    text: '',
    template,
  })
}

import type { Database } from 'better-sqlite3'
import type { CampaignTemplate } from '../../../shared/cloud-api'
import { paramValues, renderTemplate } from '../cloud-api/template-shape'
import type { CampaignRow } from '../scheduler/send-store'
import { fieldsOf, renderMessage, type MessageFields, type MessageTemplate } from './message'

interface ContactRow {
  name: string
  first_name: string
  middle_name: string
  last_name: string
  email: string
  notes: string
}

export interface Person {
  contactId: number | null
  name: string
  e164: string
}

export const templateOf = (campaign: CampaignRow): MessageTemplate => ({
  text: campaign.text,
  appendOptOut: campaign.append_opt_out === 1,
  optOutLine: campaign.opt_out_line,
  utm: campaign.utm === 1,
  utmCampaign: campaign.utm_campaign,
})

export const cloudTemplateOf = (campaign: CampaignRow): CampaignTemplate | null =>
  campaign.template === null ? null : (JSON.parse(campaign.template) as CampaignTemplate)

/**
 * The message for one person, from the contact as it is now (or the name kept on the item), and
 * {{shop}} from Settings as it is now.
 */
export function createComposer(db: Database, shopName: () => string) {
  const contact = db.prepare<[number], ContactRow>(
    'SELECT name, first_name, middle_name, last_name, email, notes FROM contacts WHERE id = ?',
  )
  function fields(person: Person): MessageFields {
    const row = person.contactId === null ? undefined : contact.get(person.contactId)
    return { ...contactFields(row, person), shop: shopName().trim() }
  }
  function contactFields(row: ContactRow | undefined, person: Person) {
    return fieldsOf(
      row
        ? {
            name: row.name,
            firstName: row.first_name,
            middleName: row.middle_name,
            lastName: row.last_name,
            email: row.email,
            notes: row.notes,
          }
        : {
            name: person.name,
            firstName: '',
            middleName: '',
            lastName: '',
            email: '',
            notes: '',
          },
      person.e164,
    )
  }
  /** Free text (assisted channel) with its placeholders, opt-out line and UTM tags. */
  const text = (template: MessageTemplate, person: Person): string =>
    renderMessage(template, fields(person))
  /** A Cloud API template filled in for this person: what they see, and what is recorded. */
  const filled = (template: CampaignTemplate, person: Person): string =>
    renderTemplate(template, paramValues(template, fields(person)))
  return {
    fields,
    text,
    template: filled,
    /** Whichever the campaign sends. */
    campaign(campaign: CampaignRow, person: Person): string {
      const cloud = cloudTemplateOf(campaign)
      return cloud ? filled(cloud, person) : text(templateOf(campaign), person)
    },
  }
}
export type Composer = ReturnType<typeof createComposer>

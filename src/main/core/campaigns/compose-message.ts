import type { Database } from 'better-sqlite3'
import type { CampaignRow } from '../scheduler/send-store'
import { fieldsOf, renderMessage, type MessageTemplate } from './message'

interface ContactFields {
  name: string
  first_name: string
  last_name: string
  email: string
  notes: string
}

export const templateOf = (campaign: CampaignRow): MessageTemplate => ({
  text: campaign.text,
  appendOptOut: campaign.append_opt_out === 1,
  optOutLine: campaign.opt_out_line,
  utm: campaign.utm === 1,
  utmCampaign: campaign.utm_campaign,
})

/** The message for one person, from the contact as it is now (or the name kept on the item). */
export function createComposer(db: Database) {
  const contact = db.prepare<[number], ContactFields>(
    'SELECT name, first_name, last_name, email, notes FROM contacts WHERE id = ?',
  )
  return (
    template: MessageTemplate,
    person: { contactId: number | null; name: string; e164: string },
  ): string => {
    const row = person.contactId === null ? undefined : contact.get(person.contactId)
    const fields = fieldsOf(
      row
        ? {
            name: row.name,
            firstName: row.first_name,
            lastName: row.last_name,
            email: row.email,
            notes: row.notes,
          }
        : { name: person.name, firstName: '', lastName: '', email: '', notes: '' },
      person.e164,
    )
    return renderMessage(template, fields)
  }
}
export type Composer = ReturnType<typeof createComposer>

// Whether a Cloud API template lets people say "stop": the composer's note and the risk meter
// read it the same way.
import type { CampaignTemplate } from './cloud-api'

/** Words of a "stop" button or footer, in the languages shops write templates in. */
const optOutWords =
  /stop|стоп|отпис|unsubscribe|opt[\s-]?out|не\s+(?:интерес|получать|присылать|беспокоить)|parar/i

export type TemplateOptOut = { via: 'button'; label: string } | { via: 'footer'; footer: string }

/** How the template itself lets people opt out: its own button, a footer line, or not at all. */
export function templateOptOut(
  template: Pick<CampaignTemplate, 'buttons' | 'footer'>,
): TemplateOptOut | null {
  const label = template.buttons.find((button) => optOutWords.test(button))
  if (label !== undefined) return { via: 'button', label }
  if (template.footer !== null && optOutWords.test(template.footer)) {
    return { via: 'footer', footer: template.footer }
  }
  return null
}

/** A marketing template without a way out draws complaints, and complaints draw blocks. */
export const lacksOptOut = (template: Pick<CampaignTemplate, 'category' | 'buttons' | 'footer'>) =>
  template.category.toUpperCase() === 'MARKETING' && templateOptOut(template) === null

// A marketing template as a campaign keeps it, for the composer's tests: a name by field with a
// fallback, and a fixed text not typed yet.
import type { CampaignTemplate } from '../../../../shared/cloud-api'

export const springSale: CampaignTemplate = {
  name: 'spring_sale',
  language: 'ru',
  category: 'MARKETING',
  parameterFormat: 'positional',
  header: null,
  body: 'Здравствуйте, {{1}}! Скидка {{2}}.',
  footer: null,
  buttons: [],
  placeholders: [
    { component: 'body', key: '1' },
    { component: 'body', key: '2' },
  ],
  params: {
    'body:1': { kind: 'field', field: 'first_name', fallback: 'друг' },
    'body:2': { kind: 'fixed', value: '' },
  },
}

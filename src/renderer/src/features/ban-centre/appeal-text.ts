// The letter a shop owner sends with an appeal of a permanent ban: who they are, that their
// customers agreed and can opt out, and the number, in the language the UI speaks.
import type { TFunction } from 'i18next'
import { formatPhone } from '../contacts/phone-format'

export interface AppealFacts {
  /** The shop's name from the settings; empty when not filled in. */
  shopName: string
  /** The blocked number, E.164. */
  phone: string
}

export function appealText(t: TFunction, { shopName, phone }: AppealFacts): string {
  const shop = shopName.trim()
  return shop === ''
    ? t('banCentre.appeal.textNoShop', { phone: formatPhone(phone) })
    : t('banCentre.appeal.text', { phone: formatPhone(phone), shop })
}

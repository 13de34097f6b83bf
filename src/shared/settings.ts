import { z } from 'zod'
import { languages, type Language } from './languages'

export { languages, type Language }

/** Countries offered as the default for numbers written without a country code. */
export const defaultCountryChoices = [
  'RU',
  'KZ',
  'BY',
  'UA',
  'UZ',
  'KG',
  'AM',
  'GE',
  'AZ',
  'MD',
  'TJ',
  'DE',
  'GB',
  'US',
] as const
export type CountryCode = (typeof defaultCountryChoices)[number]

export const settingsSchema = z.object({
  /** null: follow the system language (Russian when the system is Russian, otherwise English). */
  language: z.enum(languages).nullable(),
  defaultCountry: z.enum(defaultCountryChoices),
  shopName: z.string().trim().max(80),
  /**
   * Whether people whose consent is unknown may get broadcasts. Off by default: only those who
   * agreed do. Nobody who withdrew consent or opted out is ever messaged, whatever this says.
   */
  broadcastWithoutConsent: z.boolean(),
  /**
   * Whether the shop's site has web analytics (Yandex Metrica, Google Analytics). Off by default:
   * a new campaign tags its links with UTM only when the owner said yes.
   */
  usesWebAnalytics: z.boolean(),
  /**
   * Whether the computer's notifications name the customer the next message is for. Off by
   * default: a notification shows on a locked screen and to whoever is near the computer.
   */
  notificationsShowNames: z.boolean(),
})
export type Settings = z.infer<typeof settingsSchema>

export const defaultSettings: Settings = {
  language: null,
  defaultCountry: 'RU',
  shopName: '',
  broadcastWithoutConsent: false,
  usesWebAnalytics: false,
  notificationsShowNames: false,
}

export const settingsPatchSchema = settingsSchema.partial().strict()
export type SettingsPatch = z.infer<typeof settingsPatchSchema>

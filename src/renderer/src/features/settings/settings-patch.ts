import type { Settings, SettingsPatch } from '../../../../shared/settings'

/** What the user has typed or picked on the form but not saved yet. */
export type ShopDraft = Partial<Pick<Settings, 'defaultCountry' | 'shopName'>>

/** Only the fields that really differ from what is saved; the core trims the name too. */
export function changedFields(saved: Settings, draft: ShopDraft): SettingsPatch {
  const patch: SettingsPatch = {}
  if (draft.defaultCountry !== undefined && draft.defaultCountry !== saved.defaultCountry) {
    patch.defaultCountry = draft.defaultCountry
  }
  if (draft.shopName !== undefined && draft.shopName.trim() !== saved.shopName) {
    patch.shopName = draft.shopName.trim()
  }
  return patch
}

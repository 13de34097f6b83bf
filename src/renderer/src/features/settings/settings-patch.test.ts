import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../../../shared/settings'
import { changedFields } from './settings-patch'

const saved = { ...defaultSettings, shopName: 'Розы' }

describe('changedFields', () => {
  it('is empty when nothing was touched or everything was set back', () => {
    expect(changedFields(saved, {})).toEqual({})
    expect(changedFields(saved, { defaultCountry: 'RU', shopName: ' Розы ' })).toEqual({})
  })

  it('holds only the fields that differ', () => {
    expect(changedFields(saved, { defaultCountry: 'KZ', shopName: 'Розы' })).toEqual({
      defaultCountry: 'KZ',
    })
    expect(changedFields(saved, { shopName: ' Тюльпаны ' })).toEqual({ shopName: 'Тюльпаны' })
  })
})

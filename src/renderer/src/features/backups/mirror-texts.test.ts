import { afterEach, describe, expect, it, vi } from 'vitest'
import { mirrorProblems } from '../../../../shared/backups'
import { ApiCallError } from '../../api/errors'
import { testI18n } from '../../i18n/test-i18n'
import { setMirrorErrorText } from './mirror-texts'
import { rememberRestore, takeRestore } from './restored-notice'

const i18n = testI18n()
const refused = (problem: string) =>
  new ApiCallError({
    code: 'invalid_input',
    message: 'This folder cannot take the copies.',
    issues: [{ path: 'folder', message: problem }],
  })

describe('a second folder that is refused', () => {
  it.each(mirrorProblems)('says %s as a sentence in the owner’s language', async (problem) => {
    for (const language of ['ru', 'en']) {
      await i18n.changeLanguage(language)
      const text = setMirrorErrorText(refused(problem), i18n.t)
      expect(text).not.toContain('backups.')
      expect(text.charAt(0)).toBe(text.charAt(0).toLocaleUpperCase())
      expect(text.endsWith('.')).toBe(true)
    }
  })
})

describe('the note a restore leaves for after the reload', () => {
  // The window's sessionStorage, which the reload keeps.
  const stored = new Map<string, string>()
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => stored.set(key, value),
    removeItem: (key: string) => stored.delete(key),
  })
  afterEach(() => {
    stored.clear()
  })

  it('carries what was kept from the data before, and reads a note without counts as none', () => {
    const carried = {
      optOuts: 2,
      resubscriptions: 0,
      withdrawals: 1,
      sends: 5,
      items: 3,
      blocks: 1,
    }
    rememberRestore({ restored: 'rupor-2026-12-01T10-30-00Z.db', keptAs: '/d/b.db', carried })
    expect(takeRestore()).toEqual({
      restored: 'rupor-2026-12-01T10-30-00Z.db',
      keptAs: '/d/b.db',
      carried,
    })
    expect(takeRestore()).toBeUndefined()
    sessionStorage.setItem(
      'rupor.restored',
      JSON.stringify({ restored: 'a', keptAs: 'b', carried: { optOuts: -1 } }),
    )
    expect(takeRestore()?.carried).toEqual({
      optOuts: 0,
      resubscriptions: 0,
      withdrawals: 0,
      sends: 0,
      items: 0,
      blocks: 0,
    })
  })
})

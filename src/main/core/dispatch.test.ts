import { describe, expect, it } from 'vitest'
import { callNames } from '../../shared/api'
import { dispatch } from './dispatch'
import { useTempDir } from './test-support/temp-dir'
import { createTestCore } from './test-support/test-core'

describe('dispatch', () => {
  const tempDir = useTempDir()
  const silent = () => undefined

  it('answers every call of the contract from the core', () => {
    const { core } = createTestCore(tempDir())
    expect(Object.keys(core.handlers).sort()).toEqual([...callNames].sort())
    core.close()
  })

  it('rejects a payload of the wrong shape with the field and a readable reason', async () => {
    const { core } = createTestCore(tempDir())
    const result = await dispatch(core.handlers, 'settings.update', { defaultCountry: 'XX' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (result.ok) throw new Error('expected a failure')
    expect(result.error.issues?.[0]?.path).toBe('defaultCountry')
    expect(result.error.issues?.[0]?.message).toMatch(/RU/)
    expect(core.handlers['settings.get']({})).toMatchObject({ defaultCountry: 'RU' })
    core.close()
  })

  it('says what kind of problem each issue is and the bound it broke, for the UI to put in words', async () => {
    const { core } = createTestCore(tempDir())
    const long = await dispatch(core.handlers, 'settings.update', { shopName: 'x'.repeat(81) })
    if (long.ok) throw new Error('expected a failure')
    expect(long.error.issues?.[0]).toMatchObject({
      path: 'shopName',
      kind: 'too_big',
      limit: 80,
      origin: 'string',
    })
    const wrongType = await dispatch(core.handlers, 'settings.update', { shopName: 5 })
    if (wrongType.ok) throw new Error('expected a failure')
    expect(wrongType.error.issues?.[0]).toMatchObject({ path: 'shopName', kind: 'invalid_type' })
    expect(wrongType.error.issues?.[0]?.limit).toBeUndefined()
    core.close()
  })

  it.each([
    ['a string', 'hello'],
    ['an array', [1, 2]],
    ['an unknown field', { shopName: 'x', isAdmin: true }],
    ['a number as a name', { shopName: 5 }],
    ['a too long name', { shopName: 'x'.repeat(81) }],
  ])('rejects %s without throwing', async (_label, payload) => {
    const { core } = createTestCore(tempDir())
    const result = await dispatch(core.handlers, 'settings.update', payload, silent)
    expect(result.ok).toBe(false)
    core.close()
  })

  it('names an unknown call, including names from the object prototype', async () => {
    const { core } = createTestCore(tempDir())
    for (const name of ['settings.delete', 'toString', '__proto__', '']) {
      expect(await dispatch(core.handlers, name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown_call' },
      })
    }
    core.close()
  })

  it('turns a failure inside the core into an internal error and keeps going', async () => {
    const { core } = createTestCore(tempDir())
    const logged: unknown[] = []
    const broken = {
      ...core.handlers,
      'settings.get': () => {
        throw new Error('disk on fire')
      },
    }
    const result = await dispatch(broken, 'settings.get', {}, (e) => logged.push(e))
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(JSON.stringify(result)).not.toContain('disk on fire')
    expect(logged).toHaveLength(1)
    expect(await dispatch(core.handlers, 'settings.get', {})).toMatchObject({ ok: true })
    core.close()
  })
})

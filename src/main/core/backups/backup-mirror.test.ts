import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupsOverview } from '../../../shared/backups'
import { callCore } from '../test-support/import-file'
import { useTempDir } from '../test-support/temp-dir'
import { FakeClock } from '../time/fake-clock'
import { createRestorableTestCore } from './restorable-test-core'

const hour = 60 * 60 * 1000
const monday = Date.UTC(2026, 0, 5, 9, 0, 0)

describe('the second backup folder', () => {
  const tempDir = useTempDir()

  async function withMirror() {
    const dir = tempDir()
    const dataDir = join(dir, 'data')
    const stick = join(dir, 'stick')
    mkdirSync(stick)
    const test = createRestorableTestCore(dataDir, new FakeClock(monday))
    await test.core.backups.idle()
    const set = await callCore<BackupsOverview>(test.core, 'backups.setMirror', { folder: stick })
    return { ...test, dataDir, stick, set }
  }
  const copiesIn = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.db'))

  it('gets each copy too, keeps the same 7 days, and the list says where each copy is', async () => {
    const { core, clock, stick, dataDir, set } = await withMirror()
    expect(set.mirror).toEqual({ folder: stick, lastSuccess: null, lastFailure: null })
    const made = await core.handlers['backups.create']({})
    expect(readdirSync(stick)).toEqual([made.name])

    for (let h = 0; h < 10 * 24; h += 1) {
      clock.advance(hour)
      await core.backups.idle()
    }
    const listed = await callCore<BackupsOverview>(core, 'backups.list', {})
    expect(copiesIn(stick).sort()).toEqual(copiesIn(join(dataDir, 'backups')).sort())
    expect(copiesIn(stick)).toHaveLength(7)
    expect(listed.backups.filter((b) => b.location === 'main')).toHaveLength(7)
    expect(listed.backups.filter((b) => b.location === 'mirror')).toHaveLength(7)
    expect(listed.mirror?.lastSuccess?.name).toBe(listed.backups[0]?.name)
    expect(listed.mirror?.lastFailure).toBeNull()
    core.close()
  })

  it('missing (the stick is out): the main copy is still made, and the failure is shown until a copy gets there', async () => {
    const { core, clock, stick, dataDir } = await withMirror()
    rmSync(stick, { recursive: true })
    clock.advance(hour)
    const made = await core.handlers['backups.create']({})
    expect(existsSync(join(dataDir, 'backups', made.name))).toBe(true)
    // Never created in its place (an empty mount point would fill the system disk).
    expect(existsSync(stick)).toBe(false)
    const listed = await callCore<BackupsOverview>(core, 'backups.list', {})
    expect(listed.mirror?.lastFailure).toEqual({ at: clock.now(), problem: 'not_found' })
    expect(listed.backups.every((b) => b.location === 'main')).toBe(true)

    mkdirSync(stick)
    clock.advance(hour)
    const next = await core.handlers['backups.create']({})
    const after = await callCore<BackupsOverview>(core, 'backups.list', {})
    expect(after.mirror?.lastFailure).toBeNull()
    expect(after.mirror?.lastSuccess).toEqual({ at: clock.now(), name: next.name })
    core.close()
  })

  it('restores from there, and the setting outlives the restore', async () => {
    const { core, stick, dataDir } = await withMirror()
    await core.handlers['settings.update']({ shopName: 'Со флешки' })
    const made = await core.handlers['backups.create']({})
    await core.handlers['settings.update']({ shopName: 'Сегодня' })
    // The data folder's copy is lost; the one on the stick is still there.
    rmSync(join(dataDir, 'backups', made.name))
    await expect(
      callCore(core, 'backups.restore', { name: made.name, location: 'main' }),
    ).rejects.toMatchObject({ error: { code: 'not_found' } })
    const outcome = await callCore<{ restored: string }>(core, 'backups.restore', {
      name: made.name,
      location: 'mirror',
    })
    expect(outcome.restored).toBe(made.name)
    expect((await core.handlers['settings.get']({})).shopName).toBe('Со флешки')
    expect((await callCore<BackupsOverview>(core, 'backups.list', {})).mirror?.folder).toBe(stick)
    core.close()
  })

  it('is refused, in words, when it cannot take the copies, and nothing changes', async () => {
    const { core, dataDir, stick } = await withMirror()
    const file = join(stick, 'notes.txt')
    writeFileSync(file, 'not a folder')
    const refusals: [string, string][] = [
      ['backups', 'not_absolute'],
      [join(stick, 'gone'), 'not_found'],
      [file, 'not_a_folder'],
      [join(dataDir, 'backups'), 'same_as_main'],
      [dataDir, 'same_as_main'],
    ]
    // Root may write anywhere but in /sys.
    if (process.platform === 'linux')
      refusals.push(['/sys', 'not_writable'], ['/', 'system_folder'])
    for (const [folder, problem] of refusals) {
      await expect(callCore(core, 'backups.setMirror', { folder }), folder).rejects.toMatchObject({
        error: { code: 'invalid_input', issues: [{ path: 'folder', message: problem }] },
      })
    }
    expect((await callCore<BackupsOverview>(core, 'backups.list', {})).mirror?.folder).toBe(stick)
    // No probe file is left behind by the check.
    expect(readdirSync(stick)).toEqual(['notes.txt'])
    const stopped = await callCore<BackupsOverview>(core, 'backups.setMirror', { folder: null })
    expect(stopped.mirror).toBeNull()
    expect(stopped.canChooseFolder).toBe(false)
    await expect(callCore(core, 'backups.chooseFolder', {})).rejects.toMatchObject({
      error: { code: 'wrong_state', details: { state: 'unavailable' } },
    })
    core.close()
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { chooseBrowser, systemChromium } from './browser-choice'

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path)

describe('which Chromium the browser tests use', () => {
  it('uses the one CHROMIUM_PATH names, before the system one', () => {
    expect(
      chooseBrowser({ CHROMIUM_PATH: '/opt/chrome' }, only('/opt/chrome', systemChromium)),
    ).toMatchObject({ kind: 'installed', executablePath: '/opt/chrome' })
  })

  it('reports a CHROMIUM_PATH that is not there instead of quietly using another browser', () => {
    const choice = chooseBrowser({ CHROMIUM_PATH: '/opt/gone' }, only(systemChromium))
    expect(choice.kind).toBe('broken')
    expect(choice.why).toContain('/opt/gone')
  })

  it("uses Debian's Chromium when CHROMIUM_PATH is unset or blank", () => {
    for (const env of [{}, { CHROMIUM_PATH: '' }, { CHROMIUM_PATH: '  ' }]) {
      expect(chooseBrowser(env, only(systemChromium))).toEqual({
        kind: 'installed',
        executablePath: systemChromium,
        why: "the system's Chromium",
      })
    }
  })

  it("falls back to Playwright's own Chromium on a machine with neither (Windows, macOS)", () => {
    expect(chooseBrowser({}, only()).kind).toBe('playwright')
  })

  it('never names a browser file that does not exist', () => {
    fc.assert(
      fc.property(
        fc.option(fc.string(), { nil: undefined }),
        fc.uniqueArray(fc.oneof(fc.constant(systemChromium), fc.string())),
        (named, present) => {
          const choice = chooseBrowser({ CHROMIUM_PATH: named }, only(...present))
          if (choice.kind === 'installed') expect(present).toContain(choice.executablePath)
        },
      ),
    )
  })
})

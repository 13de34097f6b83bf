import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './default-data-dir'
import { parseHostArgs } from './host-args'

describe('host command line', () => {
  it('takes a data folder, a port and a language', () => {
    expect(parseHostArgs(['--data-dir', '/tmp/shop', '--port', '8123', '--lang', 'en'])).toEqual({
      dataDir: '/tmp/shop',
      port: 8123,
      lang: 'en',
      timeScale: 1,
      testCoreStop: false,
    })
  })

  it('takes a faster test clock from a chosen start, for end-to-end tests', () => {
    expect(
      parseHostArgs(['--time-scale', '600', '--clock-start', '2026-12-01T10:30:00+03:00']),
    ).toMatchObject({ timeScale: 600, clockStart: '2026-12-01T10:30:00+03:00' })
  })

  it('takes the way out of a damaged database', () => {
    expect(parseHostArgs(['--recover', 'newest-copy'])).toMatchObject({ recover: 'newest-copy' })
    expect(parseHostArgs(['--recover', 'empty-keeping-opt-outs'])).toMatchObject({
      recover: 'empty-keeping-opt-outs',
    })
  })

  it('takes a Cloud API test server, as an origin only, for end-to-end tests', () => {
    expect(parseHostArgs(['--cloud-test-server', 'http://127.0.0.1:4567'])).toMatchObject({
      cloudTestServer: 'http://127.0.0.1:4567',
    })
    expect(() => parseHostArgs(['--cloud-test-server', 'http://127.0.0.1:4567/v25.0'])).toThrow(
      /--cloudTestServer/,
    )
    expect(() => parseHostArgs(['--cloud-test-server', 'file:///etc/passwd'])).toThrow(
      /--cloudTestServer/,
    )
  })

  it('defaults to a free port and the desktop app data folder', () => {
    expect(parseHostArgs([])).toEqual({
      dataDir: defaultDataDir(),
      port: 0,
      timeScale: 1,
      testCoreStop: false,
    })
  })

  it('lets a test stop the core only when asked to', () => {
    expect(parseHostArgs(['--test-core-stop'])).toMatchObject({ testCoreStop: true })
  })

  it.each([
    [['--port', 'eighty'], /--port/],
    [['--port', '70000'], /--port/],
    [['--lang', 'fr'], /--lang/],
    [['--colour', 'red'], /colour/],
    [['--time-scale', '0'], /--timeScale/],
    [['--clock-start', 'yesterday'], /--clockStart/],
    [['--recover', 'everything'], /--recover: .*newest-copy/],
  ])('explains a bad command line %j', (argv, message) => {
    expect(() => parseHostArgs(argv)).toThrow(message)
  })

  it('puts the data where Electron keeps userData for Rupor on each system', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Rupor')
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe(
      '/Users/ann/Library/Application Support/Rupor',
    )
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann'),
    ).toMatch(/Roaming.Rupor$/)
  })
})

import { describe, expect, it } from 'vitest'
import { cloudTestServersOf } from './cloud-test-servers'

describe('the Cloud API test server in the desktop app', () => {
  const env = { RUPOR_CLOUD_TEST_SERVER: 'http://127.0.0.1:4567' }

  it('is never allowed in a packaged build, whatever the environment says', () => {
    expect(cloudTestServersOf({ packaged: true, env })).toEqual([])
  })

  it('is allowed in a development run that names it', () => {
    expect(cloudTestServersOf({ packaged: false, env })).toEqual(['http://127.0.0.1:4567'])
    expect(cloudTestServersOf({ packaged: false, env: {} })).toEqual([])
  })

  it('takes an origin only, never a path or another scheme', () => {
    for (const value of ['http://127.0.0.1:4567/v25.0', 'file:///tmp/x', 'not a url', '']) {
      expect(
        cloudTestServersOf({ packaged: false, env: { RUPOR_CLOUD_TEST_SERVER: value } }),
      ).toEqual([])
    }
  })
})

// The desktop app sends a Cloud API token to Meta's address only. A development run (never a
// packaged build) may name a local test server in RUPOR_CLOUD_TEST_SERVER, as the host's
// --cloud-test-server flag does; a packaged app ignores it whatever the environment says.
import { originOf } from '../core/cloud-api/server-address'

export const cloudTestServerVariable = 'RUPOR_CLOUD_TEST_SERVER'

export function cloudTestServersOf(options: {
  packaged: boolean
  env: Readonly<Record<string, string | undefined>>
}): string[] {
  if (options.packaged) return []
  const origin = originOf(options.env[cloudTestServerVariable] ?? '')
  return origin === null ? [] : [origin]
}

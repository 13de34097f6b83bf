import { afterEach } from 'vitest'
import type { CloudApiTestServer } from './cloud-api-server'

/**
 * The Cloud API test servers a test starts and the databases it opens beside the core, closed
 * after each test (databases first, then servers).
 */
export function useCloudTestResources(): {
  servers: CloudApiTestServer[]
  closers: (() => void)[]
} {
  const servers: CloudApiTestServer[] = []
  const closers: (() => void)[] = []
  afterEach(async () => {
    for (const close of closers.splice(0)) close()
    for (const server of servers.splice(0)) await server.close()
  })
  return { servers, closers }
}

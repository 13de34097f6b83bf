// The token goes only where the connection points: a redirect (from a test server gone wrong, or
// anything between Rupor and Meta) is refused, not followed with the Authorization header.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { CloudUnreachable, createCloudClient } from './cloud-client'

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
})

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`
}

describe('the Cloud API client and redirects', () => {
  it('never follows a redirect with the token', async () => {
    const elsewhere: IncomingHttpHeaders[] = []
    const other = await listen((request, response) => {
      elsewhere.push(request.headers)
      response.end('{}')
    })
    const origin = await listen((_request, response) => {
      response.writeHead(307, { Location: `${other}/v25.0/1001/message_history` })
      response.end()
    })
    const client = createCloudClient(
      {
        baseUrl: origin,
        apiVersion: 'v25.0',
        phoneNumberId: '1001',
        wabaId: '2002',
        token: 'EAAG-secret',
      },
      () => 0,
    )
    await expect(client.messageHistory('wamid.A')).rejects.toBeInstanceOf(CloudUnreachable)
    expect(elsewhere).toEqual([])
  })
})

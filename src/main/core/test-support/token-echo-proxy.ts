// Stands between the core and the Cloud API test server and, when told, answers as Graph does to a
// token it cannot parse — quoting the token back ("Malformed access token EAAG…"). Meta's own
// errors are the likeliest way for a token to come back into the app.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface TokenEchoProxy {
  url: string
  /** 'forward': pass every request on; 'echo': answer every one with the token quoted. */
  mode: 'forward' | 'echo'
  /** Also quote the token in the error of a send to these digits (the rest go through). */
  echoForRecipient: string | null
  /** How many answers quoted the token. */
  echoed: number
  close(): Promise<void>
}

export async function startTokenEchoProxy(target: string): Promise<TokenEchoProxy> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? ''
      const recipient = proxy.echoForRecipient
      if (proxy.mode === 'echo' || (recipient !== null && body.toString().includes(recipient))) {
        proxy.echoed += 1
        response.writeHead(proxy.mode === 'echo' ? 401 : 400, {
          'Content-Type': 'application/json',
        })
        response.end(JSON.stringify(echoingError(token, proxy.mode === 'echo' ? 190 : 131026)))
        return
      }
      void forward(target, request.method ?? 'GET', request.url ?? '/', request.headers, body)
        .then(async (answer) => {
          const usage = answer.headers.get('x-business-use-case-usage')
          response.writeHead(answer.status, {
            'Content-Type': 'application/json',
            ...(usage ? { 'X-Business-Use-Case-Usage': usage } : {}),
          })
          response.end(Buffer.from(await answer.arrayBuffer()))
        })
        .catch(() => response.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const proxy: TokenEchoProxy = {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    mode: 'forward',
    echoForRecipient: null,
    echoed: 0,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
  return proxy
}

function forward(
  target: string,
  method: string,
  path: string,
  headers: Record<string, string | string[] | undefined>,
  body: Buffer,
): Promise<Response> {
  const pass: Record<string, string> = {}
  for (const name of ['authorization', 'content-type']) {
    const value = headers[name]
    if (typeof value === 'string') pass[name] = value
  }
  return fetch(`${target}${path}`, {
    method,
    headers: pass,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body }),
  })
}

/** Graph's error envelope with the token in its message and details, as Meta writes them. */
function echoingError(token: string, code: number): object {
  return {
    error: {
      message: `(#${String(code)}) Malformed access token ${token}`,
      type: 'OAuthException',
      code,
      error_data: { details: `The access token ${token} could not be decrypted.` },
      fbtrace_id: 'AbCdEfGhIjK',
    },
  }
}

// A local WhatsApp Business Cloud API test server ("test double") for unit and e2e tests.
// It answers as graph.facebook.com does, at `${server.url}/{version}/…`:
//
//   const server = await startCloudApiTestServer({ now: () => clock.now() })
//   server.setFate('+79991234567', { async: { failed: 131026 } })
//   // point the client at server.url with server.token, phoneNumberId, wabaId …
//   expect(server.sent.every((m) => !m.overTier)).toBe(true)
//   await server.close()
export { startCloudApiTestServer } from './server'
export { CLOUD_API_ERRORS, cloudErrorInfo, type CloudErrorInfo } from './error-catalogue'
export { defaultTemplates, mediaTemplates } from './templates'
export type {
  CloudApiTestServer,
  CloudApiTestServerOptions,
  CloudTestAccount,
  CloudTestTemplate,
  RecipientFate,
  RecordedRequest,
  SentMessage,
} from './types'

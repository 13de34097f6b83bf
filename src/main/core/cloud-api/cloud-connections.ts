// A sender's way to the Cloud API: ids and address in SQLite, the access token in the secret store.
// The token is read only here, only to make a request; nothing returns it to a caller outside core.
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type { CloudAccount, CloudConnection, cloudConnectSchema } from '../../../shared/cloud-api'
import type { SecretStore } from '../capabilities'
import { CoreError, notFound } from '../errors'
import type { Clock } from '../time/clock'
import type { CloudEndpoint } from './cloud-client'

type ConnectInput = z.output<typeof cloudConnectSchema>

interface ConnectionRow {
  sender_id: number
  phone_number_id: string
  waba_id: string
  api_version: string
  base_url: string
  token_stored: number
  token_rejected: number
  account: string | null
  history_available: number | null
}

const tokenKey = (senderId: number): string => `cloud-api-token:${String(senderId)}`

export const needsToken = (): CoreError =>
  new CoreError('needs_token', 'The Cloud API needs an access token for this sender.')

export function createCloudConnections(options: {
  db: Database
  clock: Clock
  secrets: SecretStore
}) {
  const { db, clock, secrets } = options
  const byId = db.prepare<[number], ConnectionRow>(
    'SELECT * FROM cloud_connections WHERE sender_id = ?',
  )
  const upsert = db.prepare<[number, string, string, string, string, number, number]>(
    `INSERT INTO cloud_connections (sender_id, phone_number_id, waba_id, api_version, base_url,
       token_stored, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (sender_id) DO UPDATE SET phone_number_id = excluded.phone_number_id,
       waba_id = excluded.waba_id, api_version = excluded.api_version, base_url = excluded.base_url,
       token_stored = max(token_stored, excluded.token_stored), updated_at = excluded.updated_at`,
  )
  const tokenAccepted = db.prepare<[number]>(
    'UPDATE cloud_connections SET token_rejected = 0 WHERE sender_id = ?',
  )
  const setRejected = db.prepare<[number, number]>(
    'UPDATE cloud_connections SET token_rejected = ? WHERE sender_id = ?',
  )
  const setAccount = db.prepare<[string, number, number]>(
    'UPDATE cloud_connections SET account = ?, updated_at = ? WHERE sender_id = ?',
  )
  const setHistory = db.prepare<[number, number]>(
    'UPDATE cloud_connections SET history_available = ? WHERE sender_id = ?',
  )

  function connection(senderId: number): CloudConnection | null {
    const row = byId.get(senderId)
    if (!row) return null
    // A token entered once may since have become unreadable: the owner is asked again, told why.
    const state = row.token_stored === 1 ? secrets.state(tokenKey(senderId)) : 'missing'
    return {
      phoneNumberId: row.phone_number_id,
      wabaId: row.waba_id,
      apiVersion: row.api_version,
      baseUrl: row.base_url,
      hasToken: state === 'stored',
      tokenLost: row.token_stored === 1 && state !== 'stored' ? state : null,
      tokenEncrypted: secrets.encrypted,
      tokenRejected: row.token_rejected === 1,
      account: row.account === null ? null : (JSON.parse(row.account) as CloudAccount),
      historyAvailable: row.history_available === null ? null : row.history_available === 1,
    }
  }

  return {
    connection,

    /** Saves the ids and address; a new token goes to the secret store before the row says so. */
    async connect(input: ConnectInput): Promise<void> {
      const stored =
        byId.get(input.senderId)?.token_stored === 1 &&
        secrets.state(tokenKey(input.senderId)) === 'stored'
      if (input.token === undefined && !stored) throw needsToken()
      if (input.token !== undefined) await secrets.set(tokenKey(input.senderId), input.token)
      upsert.run(
        input.senderId,
        input.phoneNumberId,
        input.wabaId,
        input.apiVersion,
        input.baseUrl.replace(/\/+$/, ''),
        input.token === undefined ? 0 : 1,
        clock.now(),
      )
      if (input.token !== undefined) tokenAccepted.run(input.senderId)
    },

    /** Everything a request needs, token included: for the client only. */
    async endpoint(senderId: number): Promise<CloudEndpoint> {
      const row = byId.get(senderId)
      if (!row) throw notFound(`Sender ${String(senderId)} has no Cloud API connection.`)
      const token = row.token_stored === 1 ? await secrets.get(tokenKey(senderId)) : undefined
      if (token === undefined || token === '') throw needsToken()
      return {
        baseUrl: row.base_url,
        apiVersion: row.api_version,
        phoneNumberId: row.phone_number_id,
        wabaId: row.waba_id,
        token,
      }
    },

    tokenRejected(senderId: number): void {
      setRejected.run(1, senderId)
    },
    saveAccount(senderId: number, account: CloudAccount): void {
      setAccount.run(JSON.stringify(account), clock.now(), senderId)
    },
    historyAvailable(senderId: number, available: boolean): void {
      setHistory.run(available ? 1 : 0, senderId)
    },
    /** With its sender: the token leaves the secret store too. */
    async forget(senderId: number): Promise<void> {
      await secrets.delete(tokenKey(senderId))
    },
  }
}
export type CloudConnections = ReturnType<typeof createCloudConnections>

// A sender's way to the Cloud API: ids and address in SQLite, the access token in the secret store.
// The token is read only here, only to make a request; nothing returns it to a caller outside core.
import type { Database } from 'better-sqlite3'
import type { z } from 'zod'
import type {
  CloudAccount,
  CloudConnection,
  cloudConnectSchema,
  PortfolioSource,
} from '../../../shared/cloud-api'
import type { SecretStore } from '../capabilities'
import { CoreError, invalidInput, notFound } from '../errors'
import type { Clock } from '../time/clock'
import type { CloudEndpoint } from './cloud-client'
import { checkedServer, originOf } from './server-address'

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
  portfolio_id: string | null
  portfolio_source: PortfolioSource | null
}

const tokenKey = (senderId: number): string => `cloud-api-token:${String(senderId)}`

export const needsToken = (): CoreError =>
  new CoreError('needs_token', 'The Cloud API needs an access token for this sender.')

/** A connected number's server address changed and no token came with it (see connect). */
const tokenForNewAddress = (): CoreError =>
  invalidInput('A new server address needs the access token again.', [
    { path: 'token', message: 'token_for_new_address' },
  ])

export function createCloudConnections(options: {
  db: Database
  clock: Clock
  secrets: SecretStore
  /** The addresses a token may go to: Meta's, and a test server's only where tests said so. */
  servers: readonly string[]
}) {
  const { db, clock, secrets, servers } = options
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
  const setPortfolio = db.prepare<[string | null, PortfolioSource | null, number]>(
    'UPDATE cloud_connections SET portfolio_id = ?, portfolio_source = ? WHERE sender_id = ?',
  )
  // Every sender whose number shares the portfolio (deleted ones too: their sends still count).
  const portfolioMates = db.prepare<[number], { sender_id: number }>(
    `SELECT sender_id FROM cloud_connections WHERE portfolio_id IS NOT NULL
       AND portfolio_id = (SELECT portfolio_id FROM cloud_connections WHERE sender_id = ?)`,
  )

  const mateAccounts = db.prepare<[number, number], { account: string }>(
    `SELECT account FROM cloud_connections WHERE account IS NOT NULL AND sender_id <> ?
       AND portfolio_id IS NOT NULL
       AND portfolio_id = (SELECT portfolio_id FROM cloud_connections WHERE sender_id = ?)`,
  )

  /**
   * The tier is the portfolio's: the latest reading of any of its numbers is this number's too (a
   * number checked last week at 2 000 does not outlive a partner's check today at 250).
   */
  function withPortfolioTier(senderId: number, own: CloudAccount | null): CloudAccount | null {
    let latest: CloudAccount | null = own
    for (const { account } of mateAccounts.all(senderId, senderId)) {
      const mate = JSON.parse(account) as CloudAccount
      if (latest === null || mate.checkedAt > latest.checkedAt) latest = mate
    }
    if (latest === null || latest === own) return own
    const tier = {
      messagingLimitTier: latest.messagingLimitTier,
      newPeoplePerDay: latest.newPeoplePerDay,
      tierKnown: latest.tierKnown,
    }
    // A number never checked itself has only the tier to go by, not the partner's name or quality.
    return own === null ? null : { ...own, ...tier }
  }

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
      account: withPortfolioTier(
        senderId,
        row.account === null ? null : (JSON.parse(row.account) as CloudAccount),
      ),
      historyAvailable: row.history_available === null ? null : row.history_available === 1,
      portfolioId: row.portfolio_id,
      portfolioSource: row.portfolio_source,
    }
  }

  return {
    connection,

    /**
     * Saves the ids and address; a new token goes to the secret store before the row says so. Only
     * an allowed address is taken, and a stored token never follows a change of address: the
     * owner enters it again for the new one (the old one is dropped first).
     */
    async connect(input: ConnectInput): Promise<void> {
      const baseUrl = checkedServer(input.baseUrl, servers)
      const row = byId.get(input.senderId)
      const moved = row !== undefined && (originOf(row.base_url) ?? row.base_url) !== baseUrl
      if (moved && input.token === undefined) throw tokenForNewAddress()
      const stored = row?.token_stored === 1 && secrets.state(tokenKey(input.senderId)) === 'stored'
      if (input.token === undefined && !stored) throw needsToken()
      if (moved) await secrets.delete(tokenKey(input.senderId))
      if (input.token !== undefined) await secrets.set(tokenKey(input.senderId), input.token)
      upsert.run(
        input.senderId,
        input.phoneNumberId,
        input.wabaId,
        input.apiVersion,
        baseUrl,
        input.token === undefined ? 0 : 1,
        clock.now(),
      )
      if (input.token !== undefined) tokenAccepted.run(input.senderId)
    },

    /** Everything a request needs, token included: for the client only. */
    async endpoint(senderId: number): Promise<CloudEndpoint> {
      const row = byId.get(senderId)
      if (!row) throw notFound(`Sender ${String(senderId)} has no Cloud API connection.`)
      // An address stored by a test build is not one this app may send the token to: the owner
      // saves the number's settings again (Meta's address, the token entered anew).
      const origin = originOf(row.base_url)
      if (origin === null || !servers.includes(origin)) {
        throw new CoreError(
          'needs_token',
          'This number is set to a server address Rupor may not use: save its settings again.',
        )
      }
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
    /** The number's business portfolio, as Meta said or the owner chose (null: not known). */
    setPortfolio(
      senderId: number,
      portfolioId: string | null,
      source: PortfolioSource | null,
    ): void {
      setPortfolio.run(portfolioId, portfolioId === null ? null : source, senderId)
    },
    /** The senders of the same portfolio, this one included; just this one when none is known. */
    portfolioSenders(senderId: number): number[] {
      const mates = portfolioMates.all(senderId).map((r) => r.sender_id)
      return mates.includes(senderId) ? mates : [senderId, ...mates]
    },
    /** With its sender: the token leaves the secret store too. */
    async forget(senderId: number): Promise<void> {
      await secrets.delete(tokenKey(senderId))
    },
  }
}
export type CloudConnections = ReturnType<typeof createCloudConnections>

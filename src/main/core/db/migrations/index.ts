import { m0010Settings } from './0010-settings'
import { m0020Contacts } from './0020-contacts'
import { m0030ListsAndOptOuts } from './0030-lists-and-opt-outs'
import { m0040Campaigns } from './0040-campaigns'
import { m0050CloudApi } from './0050-cloud-api'
import { m0060BlockHistory } from './0060-block-history'
import { m0070LedgerIndexes } from './0070-ledger-indexes'
import { m0080SendersByNumber } from './0080-senders-by-number'
import { m0090ClaimGuard } from './0090-claim-guard'
import { m0100MiddleNames } from './0100-middle-names'
import { m0110CampaignLists } from './0110-campaign-lists'
import { m0120PhoneBroadcasts } from './0120-phone-broadcasts'
import { m0130CloudApiAsMetaBehaves } from './0130-cloud-api-as-meta-behaves'
import { m0140ChecksAsComparisons } from './0140-checks-as-comparisons'
import type { Migration } from './migration'

/** Every schema step, in order. Append only; never edit a step that has shipped. */
export const migrations: readonly Migration[] = [
  m0010Settings,
  m0020Contacts,
  m0030ListsAndOptOuts,
  m0040Campaigns,
  m0050CloudApi,
  m0060BlockHistory,
  m0070LedgerIndexes,
  m0080SendersByNumber,
  m0090ClaimGuard,
  m0100MiddleNames,
  m0110CampaignLists,
  m0120PhoneBroadcasts,
  m0130CloudApiAsMetaBehaves,
  m0140ChecksAsComparisons,
]

export const latestSchemaVersion = migrations.at(-1)?.version ?? 0

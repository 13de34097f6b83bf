import { useTranslation } from 'react-i18next'
import type { CampaignDetail } from '../../../../shared/campaigns'
import { useApiQuery, type QueryState } from '../../api/use-api-query'
import { PageLayout } from '../../components/PageLayout'
import { QueryStateView } from '../../components/QueryStateView'
import { useSenders } from '../senders/use-senders'
import { BackButton } from './BackButton'
import { useCampaignsView } from './campaigns-view'
import { ComposerEditor } from './ComposerEditor'
import { useListSummaries } from './use-list-summaries'

interface Props {
  /** The campaign to edit; null: a new one. */
  id: number | null
  /** A new one's list, chosen already. */
  listIds?: number[]
}

const noCampaign: QueryState<CampaignDetail | undefined> = { status: 'ready', value: undefined }

/** The composer: loads the numbers, the lists and the campaign being edited, then the form. */
export function CampaignComposer({ id, listIds }: Props) {
  const { t } = useTranslation()
  const show = useCampaignsView((state) => state.show)
  const campaign = useApiQuery('campaigns.get', { id: id ?? 0 }, { enabled: id !== null })
  const senders = useSenders()
  const lists = useListSummaries()
  // Read once: a refresh would remount the form and lose what is typed.
  const settings = useApiQuery('settings.get', {})
  const state = allReady(
    senders.state,
    lists.state,
    id === null ? noCampaign : campaign.state,
    settings.state,
  )
  const loaded = campaign.state.status === 'ready' ? campaign.state.value : undefined

  return (
    <PageLayout
      title={
        id === null
          ? t('campaigns.composer.newTitle')
          : loaded
            ? t('campaigns.composer.editTitle', { name: loaded.name })
            : t('nav.campaigns')
      }
      actions={
        <BackButton
          onClick={() => {
            // A started campaign was opened from its page; a draft from the overview.
            show(
              loaded === undefined || loaded.state === 'draft'
                ? { kind: 'overview' }
                : { kind: 'detail', id: loaded.id },
            )
          }}
        />
      }
    >
      <QueryStateView
        state={state}
        failedTitle={t('campaigns.loadFailed')}
        retryLabel={t('campaigns.retry')}
        onRetry={() => {
          senders.reload()
          lists.reload()
          settings.reload()
          if (id !== null) campaign.reload()
        }}
      >
        {([senderList, listSummaries, edited, saved]) => (
          <ComposerEditor
            campaign={edited}
            senders={senderList}
            lists={listSummaries}
            settings={saved}
            listIds={listIds}
          />
        )}
      </QueryStateView>
    </PageLayout>
  )
}

/** Four queries as one: failed if any failed, ready once all are. */
function allReady<A, B, C, D>(
  a: QueryState<A>,
  b: QueryState<B>,
  c: QueryState<C>,
  d: QueryState<D>,
): QueryState<[A, B, C, D]> {
  const failed = [a, b, c, d].find((state) => state.status === 'failed')
  if (failed?.status === 'failed') return { status: 'failed', error: failed.error }
  if (
    a.status === 'ready' &&
    b.status === 'ready' &&
    c.status === 'ready' &&
    d.status === 'ready'
  ) {
    return { status: 'ready', value: [a.value, b.value, c.value, d.value] }
  }
  return { status: 'loading' }
}

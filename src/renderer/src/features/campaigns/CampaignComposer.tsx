import { Center, Loader } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { LoadFailedAlert } from '../../components/LoadFailedAlert'
import { PageLayout } from '../../components/PageLayout'
import { useSenders } from '../senders/use-senders'
import { BackButton } from './BackButton'
import { useCampaignsView } from './campaigns-view'
import { ComposerEditor } from './ComposerEditor'
import { useListSummaries } from './use-list-summaries'

interface Props {
  /** The campaign to edit; null: a new one. */
  id: number | null
}

/** The composer: loads what it needs, then the form. */
export function CampaignComposer({ id }: Props) {
  const { t } = useTranslation()
  const show = useCampaignsView((state) => state.show)
  const campaign = useApiQuery('campaigns.get', { id: id ?? 1 }, { enabled: id !== null })
  const senders = useSenders()
  const lists = useListSummaries()
  const back = (
    <BackButton
      onClick={() => {
        show(
          id === null || campaign.state.status !== 'ready' || campaign.state.value.state === 'draft'
            ? { kind: 'overview' }
            : { kind: 'detail', id },
        )
      }}
    />
  )

  const states = [senders.state, lists.state, ...(id === null ? [] : [campaign.state])]
  const failed = states.find((state) => state.status === 'failed')
  if (
    failed ||
    senders.state.status !== 'ready' ||
    lists.state.status !== 'ready' ||
    (id !== null && campaign.state.status !== 'ready')
  ) {
    return (
      <PageLayout title={t('campaigns.composer.newTitle')} actions={back}>
        {failed?.status === 'failed' ? (
          <LoadFailedAlert title={t('campaigns.loadFailed')} error={failed.error} />
        ) : (
          <Center py="xl">
            <Loader />
          </Center>
        )}
      </PageLayout>
    )
  }
  return (
    <ComposerEditor
      campaign={id !== null && campaign.state.status === 'ready' ? campaign.state.value : undefined}
      senders={senders.state.value}
      lists={lists.state.value}
      back={back}
    />
  )
}

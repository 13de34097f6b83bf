import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import { quotedListNames } from './campaign-lists-text'
import { useCampaignAudience } from './use-campaign-audience'

interface Props {
  lists: readonly ListSummary[]
}

/**
 * The start modal's "who": how many people will get it, from which lists, one after another;
 * someone in two lists counts once, as the start queues them.
 */
export function StartWho({ lists }: Props) {
  const { t, i18n } = useTranslation()
  const version = lists.map((list) => [list.id, list.size, list.eligible].join(':')).join(',')
  const audience = useCampaignAudience(
    lists.map((list) => list.id),
    version,
  )
  const [only] = lists
  // One list: its own count is exact while the lists are read.
  const eligible =
    audience?.eligible ?? (lists.length === 1 && only !== undefined ? only.eligible : undefined)
  if (eligible === undefined || only === undefined)
    return (
      <Text fz="sm" c="dimmed">
        …
      </Text>
    )
  const people = t('lists.people', { count: eligible })
  return (
    <Text fz="sm" data-testid="start-who">
      {lists.length === 1
        ? t('campaigns.startModal.who', { people, list: only.name })
        : t('campaigns.startModal.whoLists', {
            people,
            count: lists.length,
            lists: quotedListNames(
              lists.map((list) => list.name),
              i18n.language,
            ),
          })}
    </Text>
  )
}

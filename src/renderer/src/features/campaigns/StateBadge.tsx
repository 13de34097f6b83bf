import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignState } from '../../../../shared/campaigns'

const colors: Record<CampaignState, string> = {
  draft: 'gray',
  scheduled: 'blue',
  running: 'teal',
  paused: 'yellow',
  finished: 'green',
  cancelled: 'red',
}

export function StateBadge({ state }: { state: CampaignState }) {
  const { t } = useTranslation()
  return (
    <Badge
      color={colors[state]}
      variant={state === 'running' ? 'filled' : 'light'}
      style={{ textTransform: 'none' }}
    >
      {t(`campaigns.state.${state}`)}
    </Badge>
  )
}

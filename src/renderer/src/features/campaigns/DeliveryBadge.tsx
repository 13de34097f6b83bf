import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DeliveryState } from '../../../../shared/campaigns'

const colors: Record<DeliveryState, string> = {
  accepted: 'gray',
  sent: 'teal',
  delivered: 'teal',
  read: 'blue',
  failed: 'red',
}

/** How far a Cloud API message got, as Meta reported it. */
export function DeliveryBadge({ delivery }: { delivery: DeliveryState }) {
  const { t } = useTranslation()
  return (
    <Badge
      variant={delivery === 'read' || delivery === 'delivered' ? 'filled' : 'light'}
      color={colors[delivery]}
      style={{ textTransform: 'none' }}
    >
      {t(`campaigns.delivery.${delivery}`)}
    </Badge>
  )
}

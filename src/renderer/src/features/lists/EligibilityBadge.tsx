import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExclusionReason } from '../../../../shared/eligibility'

/** Whether this person gets the broadcast; if not, the main reason, the others in a tooltip. */
export function EligibilityBadge({ reasons }: { reasons: readonly ExclusionReason[] }) {
  const { t } = useTranslation()
  const [main, ...others] = reasons
  if (main === undefined)
    return (
      <Badge color="teal" variant="light" radius="sm" tt="none" miw="max-content">
        {t('eligibility.eligible')}
      </Badge>
    )
  const badge = (
    <Badge
      color={main === 'no_consent' ? 'yellow' : 'red'}
      variant="light"
      radius="sm"
      tt="none"
      miw="max-content"
      style={others.length > 0 ? { cursor: 'help' } : undefined}
    >
      {t(`eligibility.${main}`)}
      {others.length > 0 ? ` +${others.length}` : ''}
    </Badge>
  )
  if (others.length === 0) return badge
  return (
    <Tooltip
      label={t('lists.editor.otherReasons', {
        reasons: others.map((reason) => t(`eligibility.${reason}`)).join(', '),
      })}
    >
      {badge}
    </Tooltip>
  )
}

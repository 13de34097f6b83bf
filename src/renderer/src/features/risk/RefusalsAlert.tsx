import { Alert, Stack, Text } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Refusal } from '../../../../shared/risk'
import { BanCentreButton } from '../campaigns/GoToButtons'
import { refusalText } from './risk-text'

interface Props {
  refusals: readonly Refusal[]
  /** The moment "today" and "tomorrow" count from (the assessment's). */
  now: number
}

/** Why Rupor will not send at all, each reason in words; a blocked number leads to «Blocks». */
export function RefusalsAlert({ refusals, now }: Props) {
  const { t, i18n } = useTranslation()
  const wording = { t, language: i18n.language }
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} />}
      title={t('risk.refusalTitle')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {refusals.map((refusal) => (
          <Text key={refusal.key} fz="sm">
            {refusalText(refusal, now, wording)}
          </Text>
        ))}
        {refusals.some((refusal) => refusal.key === 'sender_blocked') && <BanCentreButton />}
      </Stack>
    </Alert>
  )
}

import { Alert, Stack, Text } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ListMessageRefusal } from '../../../../shared/phone-lists'
import { BanCentreButton } from '../campaigns/GoToButtons'
import { listMessageRefusalText } from './risk-text'

interface Props {
  refusals: readonly ListMessageRefusal[]
  /** The moment "today" and "tomorrow" count from (the assessment's). */
  now: number
}

/**
 * Why a list message may not go from the phone now, each reason in words with its names and
 * numbers; a blocked number leads to «Blocks».
 */
export function ListMessageRefusalsAlert({ refusals, now }: Props) {
  const { t, i18n } = useTranslation()
  const wording = { t, language: i18n.language }
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} />}
      title={t('risk.listMessageRefusalTitle')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {refusals.map((refusal) => (
          <Text key={refusal.key} fz="sm">
            {listMessageRefusalText(refusal, now, wording)}
          </Text>
        ))}
        {refusals.some((refusal) => refusal.key === 'sender_blocked') && <BanCentreButton />}
      </Stack>
    </Alert>
  )
}

import { Alert, Stack, Text } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ListMessageRefusal } from '../../../../shared/phone-lists'
import type { Refusal } from '../../../../shared/risk'
import { BanCentreButton } from '../campaigns/GoToButtons'
import { listMessageRefusalText, refusalText, type Wording } from './risk-text'

type Props = {
  /** The moment "today" and "tomorrow" count from (the assessment's). */
  now: number
} & (
  | { kind: 'send'; refusals: readonly Refusal[] }
  /** A phone broadcast's list message (its own reasons: removals pending, twice a day…). */
  | { kind: 'listMessage'; refusals: readonly ListMessageRefusal[] }
)

/**
 * Why Rupor will not send at all, or why a list message may not go from the phone now: each
 * reason in words with its names and numbers; a blocked number leads to «Blocks».
 */
export function RefusalsAlert(props: Props) {
  const { t, i18n } = useTranslation()
  const wording: Wording = { t, language: i18n.language }
  const lines =
    props.kind === 'send'
      ? props.refusals.map((r) => ({ key: r.key, text: refusalText(r, props.now, wording) }))
      : props.refusals.map((r) => ({
          key: r.key,
          text: listMessageRefusalText(r, props.now, wording),
        }))
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconBan size={18} />}
      title={t(props.kind === 'send' ? 'risk.refusalTitle' : 'risk.listMessageRefusalTitle')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        {lines.map((line) => (
          <Text key={line.key} fz="sm">
            {line.text}
          </Text>
        ))}
        {props.refusals.some((refusal) => refusal.key === 'sender_blocked') && <BanCentreButton />}
      </Stack>
    </Alert>
  )
}

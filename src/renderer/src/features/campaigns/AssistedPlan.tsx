import { Group, Loader, Select, Stack, Table, Text } from '@mantine/core'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { RiskDraft } from '../../../../shared/risk'
import type { Sender } from '../../../../shared/senders'
import { useApiQuery } from '../../api/use-api-query'
import { TimeField } from '../../components/dates/DateFields'
import { refusalText } from '../risk/risk-text'
import { planSentence, sessionRows, untilAnswer, type PlanWording } from './assisted-plan-text'
import { useNow } from './use-now'

interface Props {
  /** The campaign as the composer has it: the forecast runs it on a copy, started now. */
  draft: RiskDraft
  sender: Sender
}

/**
 * What an assisted campaign asks of the owner before they start it: how many times they press
 * Send and over how long, the sessions day by day, and how far a session until a given time gets.
 */
export function AssistedPlan({ draft, sender }: Props) {
  const { t, i18n } = useTranslation()
  const now = useNow(60_000)
  const forecast = useApiQuery('risk.forecastDraft', draft)
  const [until, setUntil] = useState('')
  const [dayIndex, setDayIndex] = useState(0)
  const wording: PlanWording = { t, language: i18n.language, timeZone: sender.timeZone, now }

  const frame = (body: ReactNode) => (
    <Stack gap="xs" role="region" aria-label={t('assistedPlan.label')}>
      {body}
    </Stack>
  )

  if (forecast.state.status === 'loading') {
    return frame(
      <Group gap="xs" role="status">
        <Loader size={14} />
        <Text fz="sm" c="dimmed">
          {t('assistedPlan.loading')}
        </Text>
      </Group>,
    )
  }
  if (forecast.state.status === 'failed') {
    return frame(
      <Text fz="sm" c="dimmed" role="status">
        {t('assistedPlan.failed')}
      </Text>,
    )
  }
  const plan = forecast.state.value
  const [refusal] = plan.refusals
  if (refusal !== undefined) {
    return frame(
      <Text fz="sm" c="red.8" role="status">
        {t('assistedPlan.refused', { reason: refusalText(refusal, now, wording) })}
      </Text>,
    )
  }
  const sentence = planSentence(plan, sender.window, wording)
  if (sentence === null) {
    return frame(
      <Text fz="sm" c="dimmed" role="status">
        {t('risk.forecast.nothing')}
      </Text>,
    )
  }
  const { rows, more } = sessionRows(plan, wording)
  const answer = untilAnswer(plan, dayIndex, until, wording)

  return frame(
    <>
      <Text fz="sm" fw={600}>
        {sentence}
      </Text>
      <Table withTableBorder verticalSpacing={4} fz="sm" aria-label={t('assistedPlan.sessions')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assistedPlan.day')}</Table.Th>
            <Table.Th>{t('assistedPlan.time')}</Table.Th>
            <Table.Th ta="right">{t('assistedPlan.sends')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.day}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.hours}</Table.Td>
              <Table.Td ta="right">
                {new Intl.NumberFormat(i18n.language).format(row.sends)}
              </Table.Td>
            </Table.Tr>
          ))}
          {more !== null && (
            <Table.Tr>
              <Table.Td colSpan={3} c="dimmed">
                {t('assistedPlan.moreDays', {
                  count: more.days,
                  messages: t('assistedPlan.messages', { count: more.messages }),
                })}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Group gap="sm" align="flex-end" wrap="nowrap">
        <TimeField
          label={t('assistedPlan.untilLabel')}
          value={until}
          onChange={setUntil}
          size="sm"
        />
        {rows.length > 1 && (
          <Select
            label={t('assistedPlan.untilDay')}
            size="sm"
            w={150}
            allowDeselect={false}
            data={rows.map((row, i) => ({ value: String(i), label: row.label }))}
            value={String(dayIndex)}
            onChange={(value) => {
              setDayIndex(Number(value ?? 0))
            }}
          />
        )}
      </Group>
      <Text fz="sm" c={answer === null ? 'dimmed' : undefined} role="status" aria-live="polite">
        {answer ?? t('assistedPlan.untilHint')}
      </Text>
    </>,
  )
}

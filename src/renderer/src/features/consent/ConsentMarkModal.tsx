import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  consentSourceMax,
  type ConsentMarkOutcome,
  type ConsentTarget,
} from '../../../../shared/consent'
import { useApi } from '../../api/api-context'
import { DateField } from '../../components/dates/DateFields'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { isAfterToday, obtainedAtOf, outcomeLines, todayField } from './consent-mark'

interface Props {
  target: ConsentTarget
  /** How many people the target holds, for "Отметим N контактов". */
  count: number
  onClose: () => void
  onMarked?: (outcome: ConsentMarkOutcome) => void
}

const examples = ['shop', 'form', 'site'] as const

/**
 * «Отметить: согласие получено» — asks where and when, records it on each person, and says how many
 * were marked and who was left as they were. Mount to open.
 */
export function ConsentMarkModal({ target, count, onClose, onMarked }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [source, setSource] = useState('')
  const [day, setDay] = useState(() => todayField(new Date()))
  const { busy, error, run } = useAsyncAction()
  const obtainedAt = obtainedAtOf(day)
  const future = isAfterToday(day, new Date())
  const canMark = source.trim() !== '' && obtainedAt !== undefined && !future && !busy

  const mark = async (event: SyntheticEvent) => {
    event.preventDefault()
    // A modal opened from another dialog's form: the submit must not reach that form.
    event.stopPropagation()
    if (!canMark) return
    await run(async () => {
      const outcome = await api.call('contacts.markConsent', {
        target,
        source: source.trim(),
        obtainedAt,
      })
      notifications.show({
        color: outcome.marked > 0 ? 'teal' : 'gray',
        title: t('consentMark.mark.done'),
        message: outcomeLines(outcome)
          .map((line) => t(`consentMark.mark.${line.key}`, { count: line.count }))
          .join(' '),
      })
      onMarked?.(outcome)
      onClose()
    })
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('consentMark.mark.title')}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md" component="form" onSubmit={(event) => void mark(event)}>
        <Text fw={500}>{t('consentMark.mark.who', { count })}</Text>
        <Text fz="sm">{t('consentMark.mark.onlyTrue')}</Text>
        <TextInput
          label={t('consentMark.mark.source')}
          placeholder={t('consentMark.mark.sourcePlaceholder')}
          value={source}
          onChange={(event) => {
            setSource(event.currentTarget.value)
          }}
          maxLength={consentSourceMax}
          required
          data-autofocus
        />
        <Group gap={6} mt={-8}>
          <Text fz="xs" c="dimmed">
            {t('consentMark.mark.examples')}
          </Text>
          {examples.map((example) => (
            <Button
              key={example}
              size="compact-xs"
              variant="light"
              color="gray"
              tt="none"
              onClick={() => {
                setSource(t(`consentMark.mark.example.${example}`))
              }}
            >
              {t(`consentMark.mark.example.${example}`)}
            </Button>
          ))}
        </Group>
        <DateField
          label={t('consentMark.mark.obtainedOn')}
          description={t('consentMark.mark.obtainedOnHint')}
          value={day}
          onChange={setDay}
          maxDate={todayField(new Date())}
          error={future ? t('issues.obtainedAt') : undefined}
          required
          maw={360}
        />
        <Text fz="xs" c="dimmed">
          {t('consentMark.mark.untouched')} {t('consentMark.law')}
        </Text>
        {error !== undefined && (
          <Alert color="red" variant="light" title={t('consentMark.mark.failed')}>
            {errorMessage(error, t)}
          </Alert>
        )}
        <ModalActions
          cancelLabel={t('consentMark.mark.cancel')}
          onCancel={onClose}
          confirmLabel={t('consentMark.mark.confirm')}
          busy={busy}
          disabled={!canMark}
          gap="sm"
        />
      </Stack>
    </Modal>
  )
}

import { Alert, Button, Group, Modal, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { ApiCallError } from '../../api/errors'
import { errorMessage, issueText } from '../../i18n/error-message'
import { AssistedOpenerField } from './AssistedOpenerField'
import {
  fieldOfIssue,
  localDate,
  senderProblems,
  systemTimeZone,
  toSenderForm,
  toSenderInput,
  type SenderField,
  type SenderForm,
  type SenderProblem,
} from './sender-form'
import { SenderIdentityFields } from './SenderIdentityFields'
import { SenderLimitsFields } from './SenderLimitsFields'
import { SenderWindowFields } from './SenderWindowFields'
import { WarmUpTable } from './WarmUpTable'

/** The core's refinement messages that the form has words for. */
const knownIssues: Partial<Record<string, SenderProblem>> = {
  window_end_before_start: 'endBeforeStart',
  gap_min_over_max: 'gapMinOverMax',
}

interface Props {
  /** The sender to edit; none: a new one. */
  sender?: Sender
  onClose: () => void
  onSaved?: (sender: Sender) => void
}

/** A sender number's settings: who, since when, when it may send, and its limits. */
export function SenderModal({ sender, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const today = localDate(new Date())
  const zone = systemTimeZone()
  const [form, setForm] = useState<SenderForm>(() => toSenderForm(sender, today, zone))
  const [showProblems, setShowProblems] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()

  const problems = senderProblems(form, today)
  const serverFields: Partial<Record<SenderField, string>> = {}
  const rest: string[] = []
  if (failure instanceof ApiCallError && failure.code === 'invalid_input') {
    for (const issue of failure.issues) {
      const field = fieldOfIssue(issue.path)
      const problem = knownIssues[issue.message]
      if (field)
        serverFields[field] ??= problem ? t(`senders.problems.${problem}`) : issueText(issue, t)
      else rest.push(issueText(issue, t))
    }
  }
  const fieldError = (field: SenderField): string | undefined => {
    const problem = showProblems ? problems[field] : undefined
    if (problem) return t(`senders.problems.${problem}`)
    return serverFields[field]
  }
  const summary =
    failure === undefined
      ? undefined
      : failure instanceof ApiCallError && failure.code === 'invalid_input'
        ? [t('errors.invalid_input'), ...rest].join(' ')
        : errorMessage(failure, t)

  const edit = (change: Partial<SenderForm>) => {
    setForm((current) => ({ ...current, ...change }))
    setFailure(undefined)
  }
  const fields = { form, edit, fieldError }

  const save = async (event: SyntheticEvent) => {
    event.preventDefault()
    setShowProblems(true)
    if (Object.keys(problems).length > 0) return
    setBusy(true)
    setFailure(undefined)
    try {
      const saved = await api.call('senders.save', toSenderInput(form, sender?.id))
      notifications.show({
        color: 'teal',
        message: t('senders.modal.saved', { label: saved.label }),
      })
      onSaved?.(saved)
      onClose()
    } catch (error) {
      setFailure(error)
      setBusy(false)
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        sender ? t('senders.modal.editTitle', { label: sender.label }) : t('senders.modal.addTitle')
      }
      styles={{ title: { fontWeight: 700 } }}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack gap="md">
          <SenderIdentityFields {...fields} today={today} />
          <SenderWindowFields {...fields} systemZone={zone} savedZone={sender?.timeZone ?? ''} />
          <SenderLimitsFields {...fields} />
          <WarmUpTable form={form} edit={edit} />
          <AssistedOpenerField
            value={form.assistedOpener}
            onChange={(assistedOpener) => {
              edit({ assistedOpener })
            }}
          />

          {summary !== undefined && (
            <Alert color="red" icon={<IconAlertTriangle />} title={t('senders.modal.saveFailed')}>
              {summary}
            </Alert>
          )}
          <Group
            justify="flex-end"
            gap="sm"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 1 }}
          >
            <Button variant="default" onClick={onClose}>
              {t('senders.modal.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('senders.modal.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

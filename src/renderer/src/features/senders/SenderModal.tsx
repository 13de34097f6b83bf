import { Button, Group, Modal, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { ApiCallError } from '../../api/errors'
import { issueText } from '../../i18n/error-message'
import { AssistedOpenerField } from './AssistedOpenerField'
import { ChannelField } from './ChannelField'
import { cloudFailure, type FailureWords } from './cloud-account'
import {
  cloudProblemOf,
  cloudProblems,
  effectiveCloudForm,
  toCloudConnectInput,
  type CloudField,
  type CloudForm,
} from './cloud-form'
import { CloudConnectionFields } from './CloudConnectionFields'
import { CloudFailureAlert } from './CloudFailureAlert'
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
import { secretsEncryptedOf } from './token-storage'

/** The core's refinement messages that the form has words for. */
const knownIssues: Partial<Record<string, SenderProblem>> = {
  window_end_before_start: 'endBeforeStart',
  gap_min_over_max: 'gapMinOverMax',
  phone_taken: 'phoneTaken',
}

interface Props {
  /** The sender to edit; none: a new one. */
  sender?: Sender
  onClose: () => void
  onSaved?: (sender: Sender) => void
}

/** Which call failed: saving the number, or (after it was saved) its Cloud API connection. */
interface Failure {
  step: 'save' | 'connect'
  error: unknown
}

/**
 * A sender number's settings: who, how it sends, since when, when it may send, and its limits.
 * A Cloud API number is saved in two calls (the number, then its connection, whose token goes
 * to the core's secret store); when only the first succeeds the modal stays open on the saved
 * number, so trying again updates it instead of adding a second one.
 */
export function SenderModal({ sender, onClose, onSaved }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const today = localDate(new Date())
  const zone = systemTimeZone()
  const [form, setForm] = useState<SenderForm>(() => toSenderForm(sender, today, zone))
  const [savedId, setSavedId] = useState(sender?.id)
  const [showProblems, setShowProblems] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure>()

  const cloud = form.channel === 'cloud_api'
  const hasToken = sender?.cloud?.hasToken ?? false
  // The address field is there only where the core takes a test server's address as well.
  const info = useApiQuery('app.info', {})
  const testServers = info.state.status === 'ready' && info.state.value.cloudServers.length > 1
  const cloudForm = effectiveCloudForm(form.cloud, testServers)
  const problems = senderProblems(form, today)
  const cloudIssues = cloud ? cloudProblems(cloudForm, hasToken, sender?.cloud?.baseUrl) : {}
  const texts = failure && failureTexts(failure, t)
  const fieldError = (field: SenderField): string | undefined => {
    const problem = showProblems ? problems[field] : undefined
    if (problem) return t(`senders.problems.${problem}`)
    return texts?.fields[field]
  }
  const cloudFieldError = (field: CloudField): string | undefined => {
    const problem = showProblems ? cloudIssues[field] : undefined
    if (problem) return t(`senders.cloud.problems.${problem}`)
    return texts?.cloudFields[field]
  }

  const edit = (change: Partial<SenderForm>) => {
    setForm((current) => ({ ...current, ...change }))
    setFailure(undefined)
  }
  const editCloud = (change: Partial<CloudForm>) => {
    setForm((current) => ({ ...current, cloud: { ...current.cloud, ...change } }))
    setFailure(undefined)
  }
  const fields = { form, edit, fieldError }

  const save = async (event: SyntheticEvent) => {
    event.preventDefault()
    setShowProblems(true)
    if (Object.keys(problems).length > 0 || Object.keys(cloudIssues).length > 0) return
    setBusy(true)
    setFailure(undefined)
    let step: Failure['step'] = 'save'
    try {
      const first = await api.call('senders.save', toSenderInput(form, savedId))
      let saved: Sender = first
      setSavedId(saved.id)
      if (cloud) {
        step = 'connect'
        saved = await api.call('cloud.connect', toCloudConnectInput(cloudForm, saved.id))
      }
      notifications.show({
        color: 'teal',
        message: cloud
          ? t('senders.cloud.connected', { label: saved.label })
          : t('senders.modal.saved', { label: saved.label }),
      })
      // A deleted sender's number came back (or an edit took it): its old sends still count.
      if (first.inheritsPastSends) {
        notifications.show({
          color: 'blue',
          autoClose: false,
          message: t('senders.modal.pastSends'),
        })
      }
      onSaved?.(saved)
      onClose()
    } catch (error) {
      setFailure({ step, error })
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
          <ChannelField
            value={form.channel}
            onChange={(channel) => {
              edit({ channel })
            }}
          />
          {cloud && (
            <CloudConnectionFields
              form={form.cloud}
              edit={editCloud}
              fieldError={cloudFieldError}
              saved={sender?.cloud ?? null}
              testServers={testServers}
              secretsEncrypted={secretsEncryptedOf(info.state)}
              onDontStore={onClose}
            />
          )}
          <SenderWindowFields {...fields} systemZone={zone} savedZone={sender?.timeZone ?? ''} />
          <SenderLimitsFields {...fields} />
          <WarmUpTable form={form} edit={edit} />
          {!cloud && (
            <AssistedOpenerField
              value={form.assistedOpener}
              onChange={(assistedOpener) => {
                edit({ assistedOpener })
              }}
            />
          )}

          {failure && texts && (
            <CloudFailureAlert
              title={
                failure.step === 'connect'
                  ? t('senders.modal.connectFailed')
                  : t('senders.modal.saveFailed')
              }
              failure={texts.summary}
            />
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

/** A failure in words: on the fields it names, and in the alert. */
interface FailureTexts {
  fields: Partial<Record<SenderField, string>>
  cloudFields: Partial<Record<CloudField, string>>
  /** The core's refusal of the input (with what no field shows), or the call's failure. */
  summary: FailureWords
}

function failureTexts({ step, error }: Failure, t: TFunction): FailureTexts {
  const texts: FailureTexts = { fields: {}, cloudFields: {}, summary: cloudFailure(error, t) }
  if (!(error instanceof ApiCallError && error.code === 'invalid_input')) return texts
  const rest: string[] = []
  for (const issue of error.issues) {
    // The connection's issues are the Cloud API fields'; the number's, the rest of the form's.
    const cloudField = step === 'connect' ? cloudProblemOf(issue.path, issue.message) : undefined
    const field = step === 'save' ? fieldOfIssue(issue.path) : undefined
    if (cloudField) {
      texts.cloudFields[cloudField[0]] ??= t(`senders.cloud.problems.${cloudField[1]}`)
    } else if (field) {
      const known = knownIssues[issue.message]
      // The core names what the message needs, e.g. the sender that already has the number.
      texts.fields[field] ??= known
        ? t(`senders.problems.${known}`, { label: String(error.details.label ?? '') })
        : issueText(issue, t)
    } else {
      rest.push(issueText(issue, t))
    }
  }
  texts.summary = { text: [t('errors.invalid_input'), ...rest].join(' ') }
  return texts
}

import { Alert, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { useNow } from '../campaigns/use-now'
import {
  emptyReportForm,
  liveCampaignsOf,
  reportChoices,
  reportInput,
  reportProblem,
  type ReportBlockForm,
} from './report-block-form'
import { DateTimeField } from '../../components/dates/DateFields'

interface Props {
  sender: Sender
  onClose: () => void
}

/**
 * "WhatsApp blocked my number": which block (the app on the phone says) and when. On confirm
 * every running campaign of the number pauses at once; the page follows by senders.changed.
 */
export function ReportBlockModal({ sender, onClose }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const campaigns = useApiQuery('campaigns.list', {})
  const [form, setForm] = useState<ReportBlockForm>(emptyReportForm)
  const [shown, setShown] = useState(false)
  const { busy, error, run } = useAsyncAction()
  const live =
    campaigns.state.status === 'ready' ? liveCampaignsOf(campaigns.state.value, sender.id) : 0
  const now = useNow(10_000)
  const problem = reportProblem(form, now)
  const change = (patch: Partial<ReportBlockForm>) => {
    setForm((current) => ({ ...current, ...patch }))
  }

  const confirm = () => {
    setShown(true)
    if (problem !== null) return
    void run(async () => {
      await api.call('senders.reportBlock', reportInput(sender.id, form))
      notifications.show({
        color: 'orange',
        title: t('banCentre.report.done', { label: sender.label }),
        message:
          live === 0
            ? t('banCentre.report.pausedNone')
            : t('banCentre.report.paused', { count: live }),
      })
      onClose()
    })
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('banCentre.report.title', { label: sender.label })}
      styles={{ title: { fontWeight: 700 } }}
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          confirm()
        }}
      >
        <Stack gap="md">
          <Text fz="sm">{t('banCentre.report.intro')}</Text>
          <Radio.Group
            label={t('banCentre.report.kind')}
            description={t('banCentre.report.temporaryHint')}
            value={form.choice}
            onChange={(value) => {
              const choice = reportChoices.find((entry) => entry === value)
              if (choice) change({ choice })
            }}
          >
            <Stack gap="sm" mt="xs">
              <Radio value="temporary24" label={t('banCentre.report.temporary24')} />
              <Radio value="temporary48" label={t('banCentre.report.temporary48')} />
              <Radio
                value="permanent"
                label={t('banCentre.report.permanent')}
                description={t('banCentre.report.permanentHint')}
              />
            </Stack>
          </Radio.Group>
          <Stack gap={6}>
            <Text fz="sm" fw={500} id="report-block-when">
              {t('banCentre.report.when')}
            </Text>
            <SegmentedControl
              aria-labelledby="report-block-when"
              w="fit-content"
              data={[
                { value: 'now', label: t('banCentre.report.whenNow') },
                { value: 'earlier', label: t('banCentre.report.whenEarlier') },
              ]}
              value={form.when}
              onChange={(value) => {
                change({ when: value === 'earlier' ? 'earlier' : 'now' })
              }}
            />
            {form.when === 'earlier' && (
              <DateTimeField
                label={t('banCentre.report.at')}
                value={form.at}
                maw={280}
                error={
                  shown && problem !== null ? t(`banCentre.report.problems.${problem}`) : undefined
                }
                onChange={(at) => {
                  change({ at })
                }}
              />
            )}
          </Stack>
          <Alert color="orange" variant="light" p="sm">
            <Text fz="sm">
              {live === 0
                ? t('banCentre.report.pausesNone')
                : t('banCentre.report.pauses', { count: live })}
            </Text>
          </Alert>
          {error !== undefined && (
            <Alert color="red" variant="light">
              {errorMessage(error, t)}
            </Alert>
          )}
          <ModalActions
            cancelLabel={t('banCentre.report.cancel')}
            onCancel={onClose}
            confirmLabel={t('banCentre.report.confirm')}
            busy={busy}
            color="red"
          />
        </Stack>
      </form>
    </Modal>
  )
}

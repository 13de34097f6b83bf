import { Alert, Group, Loader, Paper, ScrollArea, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MessagePreview } from '../../../../shared/campaigns'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import { errorMessage } from '../../i18n/error-message'
import type { ComposerForm } from './composer-form'
import { BubbleFooter, BubbleHeader, ChatBackdrop, MessageBubble } from './MessageBubble'
import { previewParts } from './template-text'
import { usePreview } from './use-preview'

interface Props {
  form: ComposerForm
  /** A Cloud API number: the message is the form's template, not its text. */
  cloud: boolean
}

/** The message as the first three real recipients of the first chosen list would get it. */
export function PreviewPanel({ form, cloud }: Props) {
  const { t } = useTranslation()
  const state = usePreview(form, 3)

  let body
  if (form.listIds.length === 0)
    body = (
      <Text fz="sm" c="dimmed">
        {t('campaigns.composer.previewNoList')}
      </Text>
    )
  else if (state.status === 'idle')
    body = (
      <Text fz="sm" c="dimmed">
        {cloud ? t('campaigns.composer.cloud.previewEmpty') : t('campaigns.composer.previewEmpty')}
      </Text>
    )
  else if (state.status === 'failed')
    body = (
      <Alert color="red" variant="light" p="xs" title={t('campaigns.composer.previewFailed')}>
        {errorMessage(state.error, t)}
      </Alert>
    )
  else {
    const previews = state.status === 'ready' ? state.previews : state.previous
    body =
      previews.length === 0 && state.status === 'ready' ? (
        <Text fz="sm" c="dimmed">
          {t('campaigns.composer.previewNobody')}
        </Text>
      ) : previews.length === 0 ? (
        <Loader size="sm" />
      ) : (
        // At most this tall: the ban-risk meter under it stays in sight while the owner types.
        <ScrollArea.Autosize mah="40vh" type="auto" offsetScrollbars>
          <ChatBackdrop>
            {previews.map((preview) => (
              <PreviewBubble key={preview.contactId} preview={preview} template={form.template} />
            ))}
          </ChatBackdrop>
        </ScrollArea.Autosize>
      )
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      aria-label={t('campaigns.composer.preview')}
      aria-busy={state.status === 'loading'}
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Text fz="xs" c="dimmed">
            {t('campaigns.composer.previewHint')}
          </Text>
          {/* Asking again after an edit: the last answer stays, with a sign that it is updating. */}
          {state.status === 'loading' && state.previous.length > 0 && <Loader size={14} />}
        </Group>
        {body}
      </Stack>
    </Paper>
  )
}

interface BubbleProps {
  preview: MessagePreview
  template: CampaignTemplate | null
}

/** One person's message; a template's header bold, its footer small and its buttons under it. */
function PreviewBubble({ preview, template }: BubbleProps) {
  const { t } = useTranslation()
  const to = preview.name === '' ? t('contacts.noName') : preview.name
  const meta = t('campaigns.composer.previewLength', { count: preview.length })
  if (template === null) return <MessageBubble to={to} text={preview.text} meta={meta} />
  const parts = previewParts(preview.text, template)
  return (
    <MessageBubble
      to={to}
      meta={meta}
      buttons={template.buttons}
      text={
        <>
          {parts.header !== null && <BubbleHeader>{parts.header}</BubbleHeader>}
          {parts.body}
          {parts.footer !== null && <BubbleFooter>{parts.footer}</BubbleFooter>}
        </>
      }
    />
  )
}

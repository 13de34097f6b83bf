import { Alert, Loader, Paper, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '../../i18n/error-message'
import type { ComposerForm } from './composer-form'
import { ChatBackdrop, MessageBubble } from './MessageBubble'
import { usePreview } from './use-preview'

/** The message as the first three real recipients of the chosen list would get it. */
export function PreviewPanel({ form }: { form: ComposerForm }) {
  const { t } = useTranslation()
  const state = usePreview(form, 3)

  let body
  if (form.listId === null)
    body = (
      <Text fz="sm" c="dimmed">
        {t('campaigns.composer.previewNoList')}
      </Text>
    )
  else if (form.text.trim() === '')
    body = (
      <Text fz="sm" c="dimmed">
        {t('campaigns.composer.previewEmpty')}
      </Text>
    )
  else if (state.status === 'failed')
    body = (
      <Alert color="red" variant="light" p="xs" title={t('campaigns.composer.previewFailed')}>
        {errorMessage(state.error, t)}
      </Alert>
    )
  else {
    const previews =
      state.status === 'ready' ? state.previews : state.status === 'loading' ? state.previous : []
    body =
      previews.length === 0 && state.status === 'ready' ? (
        <Text fz="sm" c="dimmed">
          {t('campaigns.composer.previewNobody')}
        </Text>
      ) : previews.length === 0 ? (
        <Loader size="sm" />
      ) : (
        <ChatBackdrop>
          {previews.map((preview) => (
            <MessageBubble
              key={preview.contactId}
              to={preview.name === '' ? t('contacts.noName') : preview.name}
              text={preview.text}
              meta={t('campaigns.composer.previewLength', { count: preview.length })}
            />
          ))}
        </ChatBackdrop>
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
        <Text fz="xs" c="dimmed">
          {t('campaigns.composer.previewHint')}
        </Text>
        {body}
      </Stack>
    </Paper>
  )
}

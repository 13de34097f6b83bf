import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core'
import { IconSettings } from '@tabler/icons-react'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { shopNameMissing } from '../../../../shared/shop-placeholder'
import { useNavigation } from '../../stores/navigation'
import {
  insertAt,
  lengthLevel,
  messageLength,
  tooLongMessage,
  type ComposerForm,
} from './composer-form'
import { placeholderInWords } from './placeholder-words'
import { messageFieldNames } from '../../../../shared/message-fields'

/** The fields a message can name, in the order their buttons are shown (the number is not one). */
const placeholders = messageFieldNames.filter((field) => field !== 'phone')

const levelColor = { ok: 'dimmed', long: 'orange.8', tooLong: 'red.7' } as const
const levelKey = {
  ok: 'campaigns.composer.length',
  long: 'campaigns.composer.lengthLong',
  tooLong: 'campaigns.composer.lengthTooLong',
} as const

interface Props {
  form: ComposerForm
  /** The shop's name in Settings, for {{shop}}. */
  shopName: string
  error: string | undefined
  onChange: (change: Partial<ComposerForm>) => void
}

/** The message with buttons that put a person's name (or another field) where the caret is. */
export function MessageField({ form, shopName, error, onChange }: Props) {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  const area = useRef<HTMLTextAreaElement>(null)
  const phone = form.way === 'phone_broadcast'
  const length = messageLength(form)
  const level = lengthLevel(length)

  const insert = (field: string) => {
    const element = area.current
    const start = element?.selectionStart ?? form.text.length
    const end = element?.selectionEnd ?? form.text.length
    const next = insertAt(form.text, `{{${field}}}`, start, end)
    onChange({ text: next.text })
    // Put the caret after what was inserted once React has written the new text.
    requestAnimationFrame(() => {
      element?.focus()
      element?.setSelectionRange(next.caret, next.caret)
    })
  }

  return (
    <Stack gap={6}>
      <Textarea
        ref={area}
        label={t('campaigns.composer.message')}
        placeholder={t('campaigns.composer.messagePlaceholder', { example: '{{first_name|друг}}' })}
        value={form.text}
        onChange={(event) => {
          onChange({ text: event.currentTarget.value })
        }}
        autosize
        minRows={6}
        maxRows={16}
        maxLength={4096}
        required
        error={error}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
      />
      <Group gap={6}>
        <Text fz="xs" c="dimmed">
          {t('campaigns.composer.placeholders')}
        </Text>
        {/* A list message is one text for all: only the shop's name is the same for everyone. */}
        {(phone ? (['shop'] as const) : placeholders).map((field) => (
          <Button
            key={field}
            size="compact-xs"
            variant="light"
            title={placeholderInWords(`{{${field}}}`, t)}
            onClick={() => {
              insert(field)
            }}
          >
            {t(`campaigns.composer.placeholder.${field}`)}
          </Button>
        ))}
      </Group>
      {!phone && (
        <Text fz="xs" c="dimmed">
          {t('campaigns.composer.placeholderHelp', {
            example: '{{first_name}}',
            fallback: form.language === 'en' ? '{{first_name|friend}}' : '{{first_name|друг}}',
          })}
        </Text>
      )}
      {shopNameMissing(form.text, shopName) && (
        <Alert color="yellow" variant="light" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text fz="sm">{t('campaigns.composer.shopNameMissing')}</Text>
            <Text fz="xs" c="dimmed">
              {t('campaigns.composer.shopNameMissingNote')}
            </Text>
            <Button
              size="xs"
              variant="default"
              leftSection={<IconSettings size={14} />}
              onClick={() => {
                goTo('settings')
              }}
            >
              {t('campaigns.composer.goToShopName')}
            </Button>
          </Stack>
        </Alert>
      )}
      {/* Nothing typed yet: no count (the opt-out line alone would read as the message's). */}
      {form.text.trim() !== '' && (
        <Text fz="xs" c={levelColor[level]} fw={level === 'ok' ? 400 : 600} aria-live="polite">
          {t(levelKey[level], { count: length, limit: tooLongMessage })}
        </Text>
      )}
    </Stack>
  )
}

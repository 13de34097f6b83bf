import { Button, CopyButton, Group, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconCheck, IconCopy } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../../api/use-api-query'
import { appealText } from './appeal-text'

/** The ready letter for the appeal, in the owner's name, to adjust and copy. */
export function AppealText({ phone }: { phone: string }) {
  const { t, i18n } = useTranslation()
  const settings = useApiQuery('settings.get', {}, { refreshOn: ['settings.changed'] })
  if (settings.state.status === 'loading') return null
  const shopName = settings.state.status === 'ready' ? settings.state.value.shopName : ''
  const initial = appealText(t, { shopName, phone })
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {t('banCentre.appeal.textTitle')}
      </Title>
      <Text fz="xs" c="dimmed">
        {t('banCentre.appeal.textHint')}
        {shopName.trim() === '' && ` ${t('banCentre.appeal.noShopName')}`}
      </Text>
      {/* A new text (the language or the shop's name changed) starts the editor over. */}
      <AppealEditor key={`${i18n.language}:${initial}`} initial={initial} />
    </Stack>
  )
}

function AppealEditor({ initial }: { initial: string }) {
  const { t } = useTranslation()
  const [text, setText] = useState(initial)
  return (
    <>
      <Textarea
        aria-label={t('banCentre.appeal.textTitle')}
        autosize
        minRows={4}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value)
        }}
      />
      <Group>
        <CopyButton value={text}>
          {({ copied, copy }) => (
            <Button
              size="xs"
              variant={copied ? 'filled' : 'light'}
              color={copied ? 'teal' : undefined}
              leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
              onClick={copy}
            >
              {copied ? t('banCentre.appeal.copied') : t('banCentre.appeal.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </>
  )
}

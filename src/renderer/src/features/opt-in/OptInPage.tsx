import {
  Alert,
  Button,
  Center,
  CopyButton,
  Group,
  Image,
  List,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconDownload,
  IconInfoCircle,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BinaryDownload } from '../../../../shared/backups'
import type { Language } from '../../../../shared/settings'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { saveBinaryDownload } from '../../components/download-file'
import { PageLayout } from '../../components/PageLayout'
import { errorMessage } from '../../i18n/error-message'
import { fileLanguage } from '../../i18n/language'
import { useNavigation } from '../../stores/navigation'
import { notifications } from '@mantine/notifications'
import { MarkWroteSection } from './MarkWroteSection'

/** The poster and its link: customers scan it and write first; those who wrote are marked below. */
export function OptInPage() {
  const { t, i18n } = useTranslation()
  const [senderId, setSenderId] = useState<number>()
  const [language, setLanguage] = useState<Language>(fileLanguage(i18n.language))
  const { state, reload } = useApiQuery(
    'optIn.link',
    { senderId, language },
    { refreshOn: ['senders.changed', 'settings.changed'] },
  )

  let body
  if (state.status === 'loading') {
    body = (
      <Center py="xl">
        <Loader />
      </Center>
    )
  } else if (state.status === 'failed') {
    body = (
      <Alert color="red" icon={<IconAlertTriangle />} title={t('optIn.loadFailed')}>
        <Stack gap="sm" align="flex-start">
          {errorMessage(state.error, t)}
          <Button variant="white" color="red" size="xs" onClick={reload}>
            {t('optIn.retry')}
          </Button>
        </Stack>
      </Alert>
    )
  } else if (!state.value.ready) {
    body = (
      <Alert color="orange" icon={<IconInfoCircle />} title={t('optIn.missing.title')}>
        <Stack gap="sm" align="flex-start">
          <List size="sm">
            {state.value.missing.map((missing) => (
              <List.Item key={missing}>{t(`optIn.missing.${missing}`)}</List.Item>
            ))}
          </List>
          <Button
            size="xs"
            variant="white"
            onClick={() => {
              useNavigation.getState().goTo('settings')
            }}
          >
            {t('optIn.missing.open')}
          </Button>
        </Stack>
      </Alert>
    )
  } else {
    const link = state.value
    body = (
      <>
        <Paper withBorder p="lg" radius="md">
          <Group align="flex-start" gap="xl" wrap="nowrap">
            <Image
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(link.qrSvg)}`}
              alt={t('optIn.qrAlt', { phone: link.phone })}
              w={300}
              h={300}
              data-testid="opt-in-qr"
            />
            <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
              {link.senders.length > 1 && (
                <Select
                  label={t('optIn.sender')}
                  data={link.senders.map((s) => ({
                    value: String(s.id),
                    label: `${s.label} · ${s.phone}`,
                  }))}
                  value={String(link.senderId)}
                  onChange={(value) => {
                    if (value !== null) setSenderId(Number(value))
                  }}
                  allowDeselect={false}
                />
              )}
              <div>
                <Text fz="sm" fw={500} mb={4}>
                  {t('optIn.posterLanguage')}
                </Text>
                <SegmentedControl
                  size="xs"
                  value={language}
                  onChange={(value) => {
                    setLanguage(value === 'en' ? 'en' : 'ru')
                  }}
                  data={[
                    { value: 'ru', label: t('optIn.languageRu') },
                    { value: 'en', label: t('optIn.languageEn') },
                  ]}
                />
              </div>
              <div>
                <Text fz="sm" fw={500}>
                  {t('optIn.readyText')}
                </Text>
                <Text fz="sm" data-testid="opt-in-text">
                  {link.text}
                </Text>
              </div>
              <Group gap="xs" align="flex-end" wrap="nowrap">
                <TextInput
                  label={t('optIn.link')}
                  value={link.url}
                  readOnly
                  style={{ flex: 1 }}
                  onFocus={(event) => {
                    event.currentTarget.select()
                  }}
                />
                <CopyButton value={link.url}>
                  {({ copied, copy }) => (
                    <Button
                      variant={copied ? 'filled' : 'light'}
                      color={copied ? 'teal' : undefined}
                      leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                      onClick={copy}
                    >
                      {copied ? t('optIn.copied') : t('optIn.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Group>
        </Paper>
        <Downloads senderId={link.senderId} language={language} />
        <div>
          <Title order={2} size="h4" mb="xs">
            {t('optIn.whereTitle')}
          </Title>
          <List size="sm" spacing={4}>
            {(['counter', 'window', 'site', 'social'] as const).map((place) => (
              <List.Item key={place}>{t(`optIn.where.${place}`)}</List.Item>
            ))}
          </List>
        </div>
      </>
    )
  }

  return (
    <PageLayout title={t('optIn.title')}>
      <Text c="dimmed" fz="sm" mt={-8}>
        {t('optIn.intro')}
      </Text>
      {body}
      <MarkWroteSection />
    </PageLayout>
  )
}

/** The PNG for a site, the posters to print. */
function Downloads({ senderId, language }: { senderId: number; language: Language }) {
  const { t } = useTranslation()
  const api = useApi()
  const [busy, setBusy] = useState<string>()
  const download = async (key: string, file: () => Promise<BinaryDownload>) => {
    setBusy(key)
    try {
      saveBinaryDownload(await file())
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('optIn.downloadFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setBusy(undefined)
    }
  }
  const buttons = [
    ['png', () => api.call('optIn.qrPng', { senderId, language })],
    ['posterA4', () => api.call('optIn.poster', { senderId, language, size: 'a4' })],
    ['posterA5', () => api.call('optIn.poster', { senderId, language, size: 'a5' })],
  ] as const
  return (
    <div>
      <Title order={2} size="h4" mb="xs">
        {t('optIn.downloads')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {buttons.map(([key, file]) => (
          <Button
            key={key}
            variant="light"
            leftSection={<IconDownload size={16} />}
            loading={busy === key}
            disabled={busy !== undefined && busy !== key}
            onClick={() => void download(key, file)}
            styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            h="auto"
            py={8}
          >
            {t(`optIn.${key}`)}
          </Button>
        ))}
      </SimpleGrid>
    </div>
  )
}

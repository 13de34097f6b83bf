import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/** In place of a section whose code could not be fetched: why, and a way to try again. */
export function SectionUnreachable({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <Center h="calc(100dvh - 2 * var(--mantine-spacing-xl))">
      <Stack align="center" gap="md" maw={520} ta="center" role="alert">
        <ThemeIcon size={72} radius="xl" variant="light" color="orange">
          <IconPlugConnectedX size={40} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {t('startup.unreachableTitle')}
        </Title>
        <Text c="dimmed">{t('startup.unreachableText')}</Text>
        <Button leftSection={<IconRefresh size={18} />} variant="light" onClick={onRetry}>
          {t('startup.retry')}
        </Button>
      </Stack>
    </Center>
  )
}

import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconKeyOff, IconPlugConnectedX, IconRefresh } from '@tabler/icons-react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { ApiCallError, UnreachableError } from '../api/errors'
import type { StartUp } from '../api/transport'
import { errorMessage } from '../i18n/error-message'
import { TextsUnavailable, textsUnavailable } from '../i18n/texts-unavailable'

interface Props {
  error: unknown
  shell: StartUp['shell']
  onRetry: () => void
}

/** The whole page when the first call fails, so the user never faces a blank window. */
export function StartupError({ error, shell, onRetry }: Props) {
  const { t } = useTranslation()
  const { title, text, keyProblem, retry } = describe(error, shell, t)
  const Icon = keyProblem ? IconKeyOff : IconPlugConnectedX

  return (
    <Center mih="100vh" p="xl">
      <Stack align="center" gap="md" maw={520} ta="center" role="alert">
        <ThemeIcon size={72} radius="xl" variant="light" color="orange">
          <Icon size={40} stroke={1.5} />
        </ThemeIcon>
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{text}</Text>
        {/* A refused key stays refused: the way out is the link, not another try. */}
        {!keyProblem && (
          <Button leftSection={<IconRefresh size={18} />} variant="light" onClick={onRetry}>
            {retry}
          </Button>
        )}
      </Stack>
    </Center>
  )
}

function describe(error: unknown, shell: StartUp['shell'], t: TFunction) {
  // The texts of the wanted language are not here: said in that language, from the few words kept aside.
  if (error instanceof TextsUnavailable) {
    return { ...textsUnavailable[error.language], keyProblem: false }
  }
  return { ...describeCall(error, shell, t), retry: t('startup.retry') }
}

function describeCall(error: unknown, shell: StartUp['shell'], t: TFunction) {
  if (error instanceof UnreachableError) {
    return {
      title: t('startup.unreachableTitle'),
      text: t('startup.unreachableText'),
      keyProblem: false,
    }
  }
  // In a browser a refusal means the page's token is missing or stale.
  if (shell === 'browser' && error instanceof ApiCallError && error.code === 'forbidden') {
    return {
      title: t('startup.forbiddenTitle'),
      text: t('startup.forbiddenText'),
      keyProblem: true,
    }
  }
  return { title: t('startup.failedTitle'), text: errorMessage(error, t), keyProblem: false }
}

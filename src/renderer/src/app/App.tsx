import { Center, Loader, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { StartUp } from '../api/transport'
import { wantedLanguage } from '../i18n'
import { Shell } from './Shell'
import { ShellKindContext } from './shell-kind'
import { StartupError } from './StartupError'
import { useBoot } from './use-boot'

export function App({ shell }: { shell: StartUp['shell'] }) {
  const { t, i18n } = useTranslation()
  const { state, retry } = useBoot()

  if (state.status === 'failed') {
    return <StartupError error={state.error} shell={shell} onRetry={retry} />
  }
  if (state.status === 'loading') {
    return (
      <Center h="100vh">
        <Stack align="center" gap="sm">
          <Loader />
          {/* No words until they are in the wanted language (its texts may still be on their way). */}
          {i18n.language === wantedLanguage() && <Text c="dimmed">{t('app.loading')}</Text>}
        </Stack>
      </Center>
    )
  }
  return (
    <ShellKindContext.Provider value={shell}>
      <Shell />
    </ShellKindContext.Provider>
  )
}

import { Alert, Paper, SegmentedControl, Text, Title } from '@mantine/core'
import { useId } from '@mantine/hooks'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language, Settings } from '../../../../shared/settings'
import { useApi } from '../../api/api-context'
import { applyLanguageSetting } from '../../i18n'
import { errorMessage } from '../../i18n/error-message'

type Choice = 'system' | Language

const toChoice = (language: Language | null): Choice => language ?? 'system'
const toSetting = (choice: Choice): Language | null => (choice === 'system' ? null : choice)

interface Props {
  saved: Settings
  onSaved: (settings: Settings) => void
}

/** The language is saved the moment it is picked, so the whole UI can switch at once. */
export function LanguageSection({ saved, onSaved }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const titleId = useId()
  const [pending, setPending] = useState<Choice | undefined>()
  const [error, setError] = useState<unknown>()

  const pick = async (choice: Choice) => {
    setPending(choice)
    setError(undefined)
    try {
      const settings = await api.call('settings.update', { language: toSetting(choice) })
      applyLanguageSetting(settings.language)
      onSaved(settings)
    } catch (failure) {
      setError(failure)
    } finally {
      setPending(undefined)
    }
  }

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" id={titleId}>
        {t('settings.language')}
      </Title>
      <Text c="dimmed" fz="sm" mt={4}>
        {t('settings.languageHint')}
      </Text>
      <SegmentedControl
        aria-labelledby={titleId}
        mt="md"
        value={pending ?? toChoice(saved.language)}
        readOnly={pending !== undefined}
        onChange={(value) => void pick(value)}
        data={[
          { value: 'system', label: t('settings.languageSystem') },
          { value: 'ru', label: t('settings.languageRu') },
          { value: 'en', label: t('settings.languageEn') },
        ]}
      />
      {error !== undefined && (
        <Alert mt="md" color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
    </Paper>
  )
}

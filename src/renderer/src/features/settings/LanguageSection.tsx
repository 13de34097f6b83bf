import { Alert, Button, Group, Paper, Radio, Text } from '@mantine/core'
import { useState } from 'react'
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Language, Settings } from '../../../../shared/settings'
import { applyLanguageSetting, languageFor, loadLanguage } from '../../i18n'
import { textsUnavailable } from '../../i18n/texts-unavailable'
import { errorMessage } from '../../i18n/error-message'
import { useInstantSave } from './use-instant-save'

type Choice = 'system' | Language

const toChoice = (language: Language | null): Choice => language ?? 'system'
const toChoiceValue = (value: string): Choice =>
  value === 'ru' || value === 'en' ? value : 'system'
const toSetting = (choice: Choice): Language | null => (choice === 'system' ? null : choice)

// The group's label doubles as the card's title, matching the other settings cards.
const headingLike = {
  label: { fontSize: 'var(--mantine-h4-font-size)', fontWeight: 650, marginBottom: 4 },
  description: { fontSize: 'var(--mantine-font-size-sm)' },
}

interface Props {
  saved: Settings
  onSaved: (settings: Settings) => void
}

/** The language is saved the moment it is picked, so the whole UI can switch at once. */
export function LanguageSection({ saved, onSaved }: Props) {
  const { t } = useTranslation()
  // The language whose texts could not be fetched: the choice is then not saved, and this says so.
  const [unavailable, setUnavailable] = useState<{ language: Language; choice: Choice }>()
  // The choice shown picked while its texts are fetched, before it is saved.
  const [fetching, setFetching] = useState<Choice>()
  const { pending, error, save } = useInstantSave<Choice>((settings) => {
    // The texts are already here (fetched before saving), so the whole UI switches at once.
    applyLanguageSetting(settings.language).catch(() => undefined)
    onSaved(settings)
  })
  const pick = async (choice: Choice) => {
    const language = languageFor(toSetting(choice))
    setUnavailable(undefined)
    setFetching(choice)
    // The texts first: a saved language the UI cannot show would leave the owner in the other one.
    try {
      await loadLanguage(language)
    } catch {
      setUnavailable({ language, choice })
      return
    } finally {
      setFetching(undefined)
    }
    await save(choice, { language: toSetting(choice) })
  }

  return (
    <Paper withBorder p="lg">
      {/* Plain radios: each choice is a labelled control, readable by screen readers and tests. */}
      <Radio.Group
        label={t('settings.language')}
        description={t('settings.languageHint')}
        value={fetching ?? pending ?? toChoice(saved.language)}
        readOnly={fetching !== undefined || pending !== undefined}
        onChange={(value) => void pick(toChoiceValue(value))}
        styles={headingLike}
      >
        <Group gap="xl" mt="md">
          <Radio value="system" label={t('settings.languageSystem')} />
          <Radio value="ru" label={t('settings.languageRu')} lang="ru" />
          <Radio value="en" label={t('settings.languageEn')} lang="en" />
        </Group>
      </Radio.Group>
      {unavailable && (
        <Alert
          mt="md"
          color="red"
          icon={<IconAlertTriangle />}
          title={textsUnavailable[unavailable.language].title}
          lang={unavailable.language}
        >
          <Text size="sm">{textsUnavailable[unavailable.language].text}</Text>
          <Button
            mt="sm"
            size="xs"
            variant="light"
            leftSection={<IconRefresh size={16} />}
            onClick={() => void pick(unavailable.choice)}
          >
            {textsUnavailable[unavailable.language].retry}
          </Button>
        </Alert>
      )}
      {error !== undefined && (
        <Alert mt="md" color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
    </Paper>
  )
}

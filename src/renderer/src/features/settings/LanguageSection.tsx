import { Alert, Group, Paper, Radio } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Language, Settings } from '../../../../shared/settings'
import { applyLanguageSetting } from '../../i18n'
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
  const { pending, error, save } = useInstantSave<Choice>((settings) => {
    // Texts that cannot be fetched leave the language shown as it is.
    applyLanguageSetting(settings.language).catch(() => undefined)
    onSaved(settings)
  })
  const pick = (choice: Choice) => save(choice, { language: toSetting(choice) })

  return (
    <Paper withBorder p="lg">
      {/* Plain radios: each choice is a labelled control, readable by screen readers and tests. */}
      <Radio.Group
        label={t('settings.language')}
        description={t('settings.languageHint')}
        value={pending ?? toChoice(saved.language)}
        readOnly={pending !== undefined}
        onChange={(value) => void pick(toChoiceValue(value))}
        styles={headingLike}
      >
        <Group gap="xl" mt="md">
          <Radio value="system" label={t('settings.languageSystem')} />
          <Radio value="ru" label={t('settings.languageRu')} lang="ru" />
          <Radio value="en" label={t('settings.languageEn')} lang="en" />
        </Group>
      </Radio.Group>
      {error !== undefined && (
        <Alert mt="md" color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
    </Paper>
  )
}

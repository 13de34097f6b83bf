import { Alert, Button, Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core'
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultCountryChoices, type Settings } from '../../../../shared/settings'
import { useApi } from '../../api/api-context'
import { dialingCodes } from './dialing-codes'
import { formErrors } from './form-errors'
import { changedFields, type ShopDraft } from './settings-patch'

const shopNameMax = 80
const fieldNames = ['defaultCountry', 'shopName'] as const

type Feedback = { kind: 'saved' } | { kind: 'failed'; error: unknown } | undefined

interface Props {
  saved: Settings
  onSaved: (settings: Settings) => void
}

export function ShopSection({ saved, onSaved }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  // Only what the user touched lives here; untouched fields keep showing the saved values,
  // so a change saved elsewhere appears without overwriting what is being typed.
  const [draft, setDraft] = useState<ShopDraft>({})
  const [saving, setSaving] = useState(false)
  const [feedback, setFeedback] = useState<Feedback>()
  const errors = feedback?.kind === 'failed' ? formErrors(feedback.error, fieldNames, t) : undefined

  const edit = (change: ShopDraft) => {
    setDraft((current) => ({ ...current, ...change }))
    setFeedback(undefined)
  }

  const save = async (event: SyntheticEvent) => {
    event.preventDefault()
    const patch = changedFields(saved, draft)
    if (Object.keys(patch).length === 0) {
      setDraft({})
      setFeedback({ kind: 'saved' })
      return
    }
    setSaving(true)
    try {
      onSaved(await api.call('settings.update', patch))
      setDraft({})
      setFeedback({ kind: 'saved' })
    } catch (error) {
      setFeedback({ kind: 'failed', error })
    } finally {
      setSaving(false)
    }
  }

  const countries = defaultCountryChoices.map((code) => ({
    value: code,
    label: `${t(`countries.${code}`)} (${dialingCodes[code]})`,
  }))

  return (
    <Paper withBorder p="lg" component="form" onSubmit={(event) => void save(event)} noValidate>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('settings.shopTitle')}
        </Title>
        {/* A native select: keyboard type-ahead, the system's own list, one labelled control. */}
        <NativeSelect
          label={t('settings.defaultCountry')}
          description={t('settings.defaultCountryHint')}
          data={countries}
          value={draft.defaultCountry ?? saved.defaultCountry}
          onChange={(event) => {
            const code = defaultCountryChoices.find((c) => c === event.currentTarget.value)
            if (code) edit({ defaultCountry: code })
          }}
          error={errors?.fields.defaultCountry}
        />
        <TextInput
          label={t('settings.shopName')}
          description={t('settings.shopNameHint')}
          placeholder={t('settings.shopNamePlaceholder')}
          value={draft.shopName ?? saved.shopName}
          onChange={(event) => {
            edit({ shopName: event.currentTarget.value })
          }}
          maxLength={shopNameMax}
          error={errors?.fields.shopName}
        />
        <Group>
          <Button type="submit" loading={saving}>
            {t('settings.save')}
          </Button>
        </Group>
        {feedback?.kind === 'saved' && (
          <Alert color="teal" icon={<IconCheck />} title={t('settings.saved')} role="status" />
        )}
        {errors && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
            {errors.summary}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}

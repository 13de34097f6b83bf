import { useTranslation } from 'react-i18next'
import type { ComposerForm } from './composer-form'
import { SegmentedField } from './SegmentedField'
import { DateTimeField } from '../../components/dates/DateFields'

interface Props {
  form: ComposerForm
  disabled: boolean
  error: string | undefined
  onChange: (change: Partial<ComposerForm>) => void
}

/** Whether the campaign starts when confirmed or at a moment chosen here. */
export function StartModeField({ form, disabled, error, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <SegmentedField
      label={t('campaigns.composer.start')}
      size="sm"
      disabled={disabled}
      data={[
        { value: 'now', label: t('campaigns.composer.startNow') },
        { value: 'later', label: t('campaigns.composer.startLater') },
      ]}
      value={form.startMode}
      onChange={(value) => {
        onChange({ startMode: value === 'later' ? 'later' : 'now' })
      }}
    >
      {form.startMode === 'later' && (
        <DateTimeField
          label={t('campaigns.composer.startAt')}
          description={t('campaigns.composer.startAtHint')}
          value={form.startAt}
          disabled={disabled}
          error={error}
          onChange={(startAt) => {
            onChange({ startAt })
          }}
          maw={280}
          mt="sm"
        />
      )}
    </SegmentedField>
  )
}

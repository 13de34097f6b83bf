import { Stack, Switch, Text, TextInput } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { utmTag, type ComposerForm } from './composer-form'

interface Props {
  form: ComposerForm
  /** The owner's answer in Settings: does the shop's site have web analytics? */
  usesWebAnalytics: boolean
  onChange: (change: Partial<ComposerForm>) => void
}

/** What is added to the message: the opt-out line, and UTM tags on its links. */
export function MessageAddOnsFields({ form, usesWebAnalytics, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <SwitchWithInput
        label={t('campaigns.composer.optOut')}
        description={t('campaigns.composer.optOutHint')}
        checked={form.appendOptOut}
        onChange={(appendOptOut) => {
          onChange({ appendOptOut })
        }}
      >
        <TextInput
          aria-label={t('campaigns.composer.optOutLine')}
          value={form.optOutLine}
          maxLength={200}
          disabled={!form.appendOptOut}
          onChange={(event) => {
            onChange({ optOutLine: event.currentTarget.value })
          }}
          ml={52}
        />
      </SwitchWithInput>
      <SwitchWithInput
        label={t('campaigns.composer.utm')}
        description={t('campaigns.composer.utmHint')}
        checked={form.utm}
        onChange={(utm) => {
          onChange({ utm })
        }}
      >
        <TextInput
          label={t('campaigns.composer.utmCampaign')}
          value={form.utmCampaign}
          placeholder={utmTag(form.name)}
          maxLength={80}
          disabled={!form.utm}
          onChange={(event) => {
            onChange({ utmCampaign: event.currentTarget.value })
          }}
          ml={52}
          styles={{ label: { fontWeight: 400, fontSize: 'var(--mantine-font-size-xs)' } }}
        />
        {!usesWebAnalytics && !form.utm && (
          <Text fz="xs" c="dimmed" ml={52}>
            {t('campaigns.composer.utmNoAnalytics')}
          </Text>
        )}
      </SwitchWithInput>
    </>
  )
}

interface SwitchProps {
  label: string
  description: string
  checked: boolean
  onChange: (checked: boolean) => void
  /** The input the switch turns on, indented under the switch's label. */
  children: ReactNode
}

function SwitchWithInput({ label, description, checked, onChange, children }: SwitchProps) {
  return (
    <Stack gap="xs">
      <Switch
        label={label}
        description={description}
        checked={checked}
        onChange={(event) => {
          onChange(event.currentTarget.checked)
        }}
      />
      {children}
    </Stack>
  )
}

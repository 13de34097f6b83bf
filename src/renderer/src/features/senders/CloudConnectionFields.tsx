import { Alert, Anchor, Collapse, PasswordInput, Stack, TextInput } from '@mantine/core'
import { IconChevronDown, IconChevronRight, IconLockOpen } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  defaultCloudApiVersion,
  defaultCloudBaseUrl,
  type CloudConnection,
} from '../../../../shared/cloud-api'
import type { CloudField, CloudForm } from './cloud-form'
import { FormSection } from './FormSection'

interface Props {
  form: CloudForm
  edit: (change: Partial<CloudForm>) => void
  fieldError: (field: CloudField) => string | undefined
  /** What is stored now (null for a number not yet connected): whether a token is kept, and how. */
  saved: CloudConnection | null
}

/** Where the number is in Meta (its IDs), the access token, and — rarely changed — the API. */
export function CloudConnectionFields({ form, edit, fieldError, saved }: Props) {
  const { t } = useTranslation()
  const hasToken = saved?.hasToken ?? false
  // Opened by itself when something in it differs from the default or needs fixing.
  const [advanced, setAdvanced] = useState(
    form.apiVersion !== defaultCloudApiVersion || form.baseUrl !== defaultCloudBaseUrl,
  )
  const advancedOpen =
    advanced || fieldError('apiVersion') !== undefined || fieldError('baseUrl') !== undefined
  const Chevron = advancedOpen ? IconChevronDown : IconChevronRight

  return (
    <>
      <FormSection title={t('senders.cloud.section')} hint={t('senders.cloud.sectionHint')} />
      <TextInput
        label={t('senders.cloud.phoneNumberId')}
        description={t('senders.cloud.phoneNumberIdHint')}
        inputMode="numeric"
        autoComplete="off"
        value={form.phoneNumberId}
        onChange={(event) => {
          edit({ phoneNumberId: event.currentTarget.value })
        }}
        maxLength={30}
        required
        error={fieldError('phoneNumberId')}
      />
      <TextInput
        label={t('senders.cloud.wabaId')}
        description={t('senders.cloud.wabaIdHint')}
        inputMode="numeric"
        autoComplete="off"
        value={form.wabaId}
        onChange={(event) => {
          edit({ wabaId: event.currentTarget.value })
        }}
        maxLength={30}
        required
        error={fieldError('wabaId')}
      />
      <PasswordInput
        label={t('senders.cloud.token')}
        description={hasToken ? t('senders.cloud.tokenStored') : t('senders.cloud.tokenHint')}
        placeholder={hasToken ? t('senders.cloud.tokenStoredPlaceholder') : undefined}
        autoComplete="new-password"
        value={form.token}
        onChange={(event) => {
          edit({ token: event.currentTarget.value })
        }}
        maxLength={4096}
        required={!hasToken}
        error={fieldError('token')}
      />
      {saved && !saved.tokenEncrypted && (
        <Alert color="gray" variant="light" icon={<IconLockOpen size={18} />} p="xs">
          {t('senders.cloud.notEncrypted')}
        </Alert>
      )}
      <Stack gap="xs">
        <Anchor
          component="button"
          type="button"
          fz="sm"
          aria-expanded={advancedOpen}
          onClick={() => {
            setAdvanced(!advancedOpen)
          }}
          style={{ alignSelf: 'flex-start', display: 'inline-flex', alignItems: 'center', gap: 4 }}
        >
          <Chevron size={14} />
          {t('senders.cloud.advanced')}
        </Anchor>
        <Collapse expanded={advancedOpen}>
          <Stack gap="md">
            <TextInput
              label={t('senders.cloud.apiVersion')}
              description={t('senders.cloud.apiVersionHint', { example: defaultCloudApiVersion })}
              autoComplete="off"
              value={form.apiVersion}
              onChange={(event) => {
                edit({ apiVersion: event.currentTarget.value })
              }}
              maxLength={10}
              error={fieldError('apiVersion')}
            />
            <TextInput
              label={t('senders.cloud.baseUrl')}
              description={t('senders.cloud.baseUrlHint', { example: defaultCloudBaseUrl })}
              type="url"
              autoComplete="off"
              value={form.baseUrl}
              onChange={(event) => {
                edit({ baseUrl: event.currentTarget.value })
              }}
              maxLength={300}
              error={fieldError('baseUrl')}
            />
          </Stack>
        </Collapse>
      </Stack>
    </>
  )
}

import {
  Alert,
  Anchor,
  Button,
  Collapse,
  Group,
  PasswordInput,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { IconChevronDown, IconChevronRight, IconLockOpen } from '@tabler/icons-react'
import { useState, type ChangeEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  defaultCloudApiVersion,
  defaultCloudBaseUrl,
  type CloudConnection,
} from '../../../../shared/cloud-api'
import { addressChanged, type CloudField, type CloudForm } from './cloud-form'
import { FormSection } from './FormSection'
import { tokenFieldState } from './token-storage'

/** Where the number is in Meta: two long numbers Meta gives, typed the same way. */
const metaIds = ['phoneNumberId', 'wabaId'] as const

/** The orange «kept unencrypted» box over the token's place, with what the owner may do about it. */
function PlainStorageAlert({ children, testId }: { children: ReactNode; testId?: string }) {
  const { t } = useTranslation()
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconLockOpen size={18} />}
      title={t('senders.cloud.plainStorageTitle')}
      p="sm"
      data-testid={testId}
    >
      {children}
    </Alert>
  )
}

interface Props {
  form: CloudForm
  edit: (change: Partial<CloudForm>) => void
  fieldError: (field: CloudField) => string | undefined
  /** What is stored now (null for a number not yet connected): whether a token is kept, and how. */
  saved: CloudConnection | null
  /**
   * The core takes a test server's address besides Meta's (a test build, the host's test flag):
   * only then is the address shown, to be changed. The desktop app talks to Meta alone.
   */
  testServers: boolean
  /** Whether the token would be kept encrypted (app.info); undefined while not known. */
  secretsEncrypted: boolean | undefined
  /** «Не сохранять»: the dialog closes and nothing is stored. */
  onDontStore: () => void
}

/** Where the number is in Meta (its IDs), the access token, and — rarely changed — the API. */
export function CloudConnectionFields({
  form,
  edit,
  fieldError,
  saved,
  testServers,
  secretsEncrypted,
  onDontStore,
}: Props) {
  const { t } = useTranslation()
  const [plainAccepted, setPlainAccepted] = useState(false)
  const tokenField = tokenFieldState({
    encrypted: secretsEncrypted,
    storedToken: saved?.hasToken ?? false,
    accepted: plainAccepted,
  })
  // A stored token never follows a new address: the field asks for it again.
  const moved = testServers && addressChanged(form, saved?.baseUrl)
  const hasToken = (saved?.hasToken ?? false) && !moved
  // Opened by itself when something in it differs from the default or needs fixing.
  const [advanced, setAdvanced] = useState(
    form.apiVersion !== defaultCloudApiVersion ||
      (testServers && form.baseUrl !== defaultCloudBaseUrl),
  )
  const advancedOpen =
    advanced || fieldError('apiVersion') !== undefined || fieldError('baseUrl') !== undefined
  const Chevron = advancedOpen ? IconChevronDown : IconChevronRight
  const bind = (field: CloudField) => ({
    value: form[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const change: Partial<CloudForm> = {}
      change[field] = event.currentTarget.value
      edit(change)
    },
    error: fieldError(field),
    autoComplete: 'off',
  })

  return (
    <>
      <FormSection title={t('senders.cloud.section')} hint={t('senders.cloud.sectionHint')} />
      {metaIds.map((field) => (
        <TextInput
          key={field}
          label={t(`senders.cloud.${field}`)}
          description={t(`senders.cloud.${field}Hint`)}
          inputMode="numeric"
          maxLength={30}
          required
          {...bind(field)}
        />
      ))}
      {tokenField === 'warning' && (
        <PlainStorageAlert>
          <Stack gap="xs" align="flex-start">
            <Text fz="sm">{t('senders.cloud.plainStorage')}</Text>
            <Group gap="xs">
              <Button
                size="xs"
                color="orange"
                onClick={() => {
                  setPlainAccepted(true)
                }}
              >
                {t('senders.cloud.storePlain')}
              </Button>
              <Button size="xs" variant="default" onClick={onDontStore}>
                {t('senders.cloud.dontStore')}
              </Button>
            </Group>
            {fieldError('token') !== undefined && (
              <Text fz="sm" c="red.8">
                {fieldError('token')}
              </Text>
            )}
          </Stack>
        </PlainStorageAlert>
      )}
      {tokenField === 'field_with_notice' && (
        // Above the field, so it is read before a token is typed (again).
        <PlainStorageAlert testId="token-plain-notice">
          <Text fz="sm">{t('senders.cloud.notEncrypted')}</Text>
        </PlainStorageAlert>
      )}
      {(tokenField === 'field' || tokenField === 'field_with_notice') && (
        <PasswordInput
          label={t('senders.cloud.token')}
          description={
            moved
              ? t('senders.cloud.tokenForNewAddress')
              : hasToken
                ? t('senders.cloud.tokenStored')
                : t('senders.cloud.tokenHint')
          }
          placeholder={hasToken ? t('senders.cloud.tokenStoredPlaceholder') : undefined}
          maxLength={4096}
          required={!hasToken}
          {...bind('token')}
          autoComplete="new-password"
        />
      )}
      {/* A token kept unencrypted earlier, where the keychain now encrypts: said under it. */}
      {saved && !saved.tokenEncrypted && tokenField === 'field' && (
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
              maxLength={10}
              {...bind('apiVersion')}
            />
            {testServers && (
              <TextInput
                label={t('senders.cloud.baseUrl')}
                description={t('senders.cloud.baseUrlHint', { example: defaultCloudBaseUrl })}
                type="url"
                maxLength={300}
                {...bind('baseUrl')}
              />
            )}
          </Stack>
        </Collapse>
      </Stack>
    </>
  )
}

import { ActionIcon, Button, Group, Input, Radio, Stack, Text, TextInput } from '@mantine/core'
import { IconPlus, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { maySendTo, newPhoneKey, type PhoneDraft } from './contact-draft'
import type { FormField, IssueText } from './contact-issues'
import { formatPhone } from './phone-format'

/** The core keeps at most this many numbers per contact. */
const maxPhones = 20

interface Props {
  phones: PhoneDraft[]
  primaryKey: number | undefined
  issues: Partial<Record<FormField, IssueText>>
  onChange: (phones: PhoneDraft[], primaryKey: number | undefined) => void
}

/** Every number as the user wrote it, with its label; the radio marks where broadcasts go. */
export function PhonesEditor({ phones, primaryKey, issues, onChange }: Props) {
  const { t } = useTranslation()

  const edit = (key: number, change: Partial<PhoneDraft>) => {
    onChange(
      phones.map((phone) => (phone.key === key ? { ...phone, ...change } : phone)),
      primaryKey,
    )
  }
  const remove = (key: number) => {
    const rest = phones.filter((phone) => phone.key !== key)
    onChange(rest, primaryKey === key ? rest.find(maySendTo)?.key : primaryKey)
  }
  const add = () => {
    const phone: PhoneDraft = { key: newPhoneKey(), raw: '', label: '', saved: undefined }
    onChange([...phones, phone], primaryKey ?? phone.key)
  }

  return (
    <Input.Wrapper
      label={t('contacts.drawer.phones')}
      description={t('contacts.drawer.phonesHint')}
    >
      <Radio.Group
        value={primaryKey === undefined ? null : String(primaryKey)}
        onChange={(value) => {
          onChange(phones, Number(value))
        }}
        mt="xs"
      >
        <Stack gap="sm">
          {phones.length === 0 && (
            <Text c="dimmed" fz="sm">
              {t('contacts.drawer.noPhones')}
            </Text>
          )}
          {phones.map((phone, index) => {
            const n = index + 1
            const issue = issues[`phone:${phone.key}`]
            const saved = phone.saved
            return (
              <Group key={phone.key} gap="xs" align="flex-start" wrap="nowrap">
                <Radio
                  value={String(phone.key)}
                  aria-label={t('contacts.drawer.primary', { n })}
                  disabled={!maySendTo(phone)}
                  mt={9}
                />
                <TextInput
                  aria-label={t('contacts.drawer.phoneNumber', { n })}
                  value={phone.raw}
                  onChange={(event) => {
                    edit(phone.key, { raw: event.currentTarget.value, saved: undefined })
                  }}
                  maxLength={64}
                  inputMode="tel"
                  error={issue ? t(`contacts.issues.${issue}`) : undefined}
                  description={
                    saved
                      ? `${formatPhone(saved.e164)} · ${t(`contacts.drawer.kind.${saved.kind}`)}`
                      : undefined
                  }
                  inputWrapperOrder={['input', 'description', 'error']}
                  style={{ flex: 3 }}
                />
                <TextInput
                  aria-label={t('contacts.drawer.phoneLabel', { n })}
                  placeholder={t('contacts.drawer.phoneLabelPlaceholder')}
                  value={phone.label}
                  onChange={(event) => {
                    edit(phone.key, { label: event.currentTarget.value })
                  }}
                  maxLength={40}
                  style={{ flex: 2 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="input-sm"
                  aria-label={t('contacts.drawer.removePhone', { n })}
                  onClick={() => {
                    remove(phone.key)
                  }}
                >
                  <IconX size={16} />
                </ActionIcon>
              </Group>
            )
          })}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={14} />}
              onClick={add}
              disabled={phones.length >= maxPhones}
            >
              {t('contacts.drawer.addPhone')}
            </Button>
          </Group>
        </Stack>
      </Radio.Group>
    </Input.Wrapper>
  )
}

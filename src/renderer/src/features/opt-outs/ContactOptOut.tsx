import { Alert, Button, Group, List, Stack, Text } from '@mantine/core'
import { IconBan, IconMessageCircle } from '@tabler/icons-react'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Contact } from '../../../../shared/contacts'
import { formatPhone } from '../contacts/phone-format'
import { OptOutContactsModal } from './OptOutContactsModal'
import { ResubscribeModal } from './ResubscribeModal'

interface Props {
  contact: Pick<Contact, 'id' | 'name' | 'optedOut' | 'optedOutPhones'>
  /** The contact's opt-out changed: read it again. */
  onChanged: () => void
}

/** On a contact's card, an opted-out contact says so, with its numbers and the guarded way back. */
export function ContactOptedOutAlert({ contact, onChanged }: Props) {
  const { t } = useTranslation()
  const [resubscribing, setResubscribing] = useState<readonly string[]>([])
  if (!contact.optedOut) return null
  return (
    <Alert color="red" icon={<IconBan />} p="sm" title={t('optOuts.card.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('optOuts.card.text')}</Text>
        {contact.optedOutPhones.length > 0 && (
          <>
            <Text size="sm" fw={500}>
              {t('optOuts.card.numbers')}
            </Text>
            <List size="sm" spacing={2} withPadding>
              {contact.optedOutPhones.map((e164) => (
                <List.Item key={e164} style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {formatPhone(e164)}
                </List.Item>
              ))}
            </List>
            <Button
              size="xs"
              variant="white"
              color="red"
              leftSection={<IconMessageCircle size={14} />}
              onClick={() => {
                setResubscribing(contact.optedOutPhones)
              }}
            >
              {t('optOuts.resubscribe.button')}
            </Button>
          </>
        )}
      </Stack>
      <ResubscribeModal
        e164s={resubscribing}
        onClose={() => {
          setResubscribing([])
        }}
        onDone={onChanged}
      />
    </Alert>
  )
}

/** On a contact's card: "Does not want messages", confirmed, with an optional note. */
export function ContactOptOutButton({ contact, onChanged }: Props) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const chosen = useMemo(() => ({ selector: { ids: [contact.id] }, count: 1 }), [contact.id])
  if (contact.optedOut) return null
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Button
        variant="light"
        color="red"
        leftSection={<IconBan size={16} />}
        onClick={() => {
          setAsking(true)
        }}
        style={{ flexShrink: 0 }}
      >
        {t('optOuts.contacts.button')}
      </Button>
      <Text size="xs" c="dimmed">
        {t('optOuts.contacts.buttonHint')}
      </Text>
      <OptOutContactsModal
        chosen={asking ? chosen : undefined}
        name={contact.name}
        onClose={() => {
          setAsking(false)
        }}
        onDone={onChanged}
      />
    </Group>
  )
}

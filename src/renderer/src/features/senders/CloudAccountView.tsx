import { Alert, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconBan } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CloudAccount } from '../../../../shared/cloud-api'
import { accountFacts, accountNames, tierNote } from './cloud-account'

/** The last "Check the connection" answer: who the number is at Meta and what it may do. */
export function CloudAccountView({ account }: { account: CloudAccount }) {
  const { t, i18n } = useTranslation()
  const names = accountNames(account, t)
  const note = tierNote(account, t)
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(account.checkedAt)
  const restricted = account.health === 'limited' || account.health === 'blocked'

  return (
    <Stack gap={6} aria-label={t('senders.cloud.card.lastCheck')} role="group">
      {names !== '' && (
        <Text fw={600} fz="sm">
          {names}
        </Text>
      )}
      {/* Each fact kept whole on a line: the line breaks between facts, not inside one. */}
      <Text fz="sm">
        {accountFacts(account, t).map((fact, index) => (
          <span key={index}>
            {index > 0 && ' · '}
            <span style={{ display: 'inline-block' }}>{fact}</span>
          </span>
        ))}
      </Text>
      {note !== undefined && (
        <Text fz="sm" c="orange.8">
          {note}
        </Text>
      )}
      <Text fz="xs" c="dimmed">
        {t('senders.cloud.account.tierHint')}
      </Text>
      {restricted && (
        <Alert
          color={account.health === 'blocked' ? 'red' : 'yellow'}
          variant="light"
          p="xs"
          icon={
            account.health === 'blocked' ? <IconBan size={18} /> : <IconAlertTriangle size={18} />
          }
          title={
            account.health === 'blocked'
              ? t('senders.cloud.account.blockedTitle')
              : t('senders.cloud.account.limitedTitle')
          }
        >
          {account.healthNotes.length === 0 ? (
            <Text fz="sm">{t('senders.cloud.account.noNotes')}</Text>
          ) : (
            <Stack gap={4}>
              <Text fz="sm">{t('senders.cloud.account.healthNotes')}</Text>
              <List size="sm" spacing={2}>
                {account.healthNotes.map((note, index) => (
                  // Several entities may give the same words: the position keeps keys apart.
                  <List.Item key={index} style={{ wordBreak: 'break-word' }}>
                    {note}
                  </List.Item>
                ))}
              </List>
            </Stack>
          )}
        </Alert>
      )}
      <Text fz="xs" c="dimmed">
        {t('senders.cloud.card.checkedAt', { when })}
      </Text>
    </Stack>
  )
}

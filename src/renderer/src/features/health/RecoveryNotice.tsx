import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface RecoveryNoticeProps {
  opened: boolean
  /** The core's summary, in both languages: the one the window shows is read. */
  summary: { ru: string; en: string }
  onClose: () => void
}

/** After a damaged database was recovered at start: what copy is in place and what was carried. */
export function RecoveryNotice({ opened, summary, onClose }: RecoveryNoticeProps) {
  const { t, i18n } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('app.recoveredTitle')}
      closeButtonProps={{ 'aria-label': t('startup.close') }}
      size="lg"
      centered
    >
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {i18n.language.startsWith('ru') ? summary.ru : summary.en}
      </Text>
      <Group justify="flex-end" mt="md">
        <Button onClick={onClose}>{t('app.recoveredClose')}</Button>
      </Group>
    </Modal>
  )
}

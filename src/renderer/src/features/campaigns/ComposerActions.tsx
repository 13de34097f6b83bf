import { Button, Group } from '@mantine/core'
import { IconBrandWhatsapp, IconDeviceFloppy, IconPlayerPlay, IconTrash } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

interface Props {
  /** Which action is running: every button waits for it. */
  busy: 'save' | 'test' | undefined
  /** A started campaign: only its text can be saved. */
  started: boolean
  /** Whether a test send exists for this channel at all. */
  testable: boolean
  canTest: boolean
  /** A saved draft, which can be deleted from here. */
  canDelete: boolean
  onTest: () => void
  onDelete: () => void
  onSave: () => void
  onStart: () => void
  /** The start button's words when it does something else (a phone broadcast: to its page). */
  startLabel?: string
}

/** The composer's last row: test send and delete on the left, save and start on the right. */
export function ComposerActions({
  busy,
  started,
  testable,
  canTest,
  canDelete,
  onTest,
  onDelete,
  onSave,
  onStart,
  startLabel,
}: Props) {
  const { t } = useTranslation()
  return (
    <Group justify="space-between" gap="sm">
      <Group gap="xs">
        {testable && (
          <Button
            variant="default"
            leftSection={<IconBrandWhatsapp size={18} />}
            loading={busy === 'test'}
            disabled={busy !== undefined || !canTest}
            title={t('campaigns.composer.testSendHint')}
            onClick={onTest}
          >
            {t('campaigns.composer.testSend')}
          </Button>
        )}
        {canDelete && (
          <Button
            variant="subtle"
            color="red"
            leftSection={<IconTrash size={18} />}
            onClick={onDelete}
          >
            {t('campaigns.detail.delete')}
          </Button>
        )}
      </Group>
      {/* Stays on the right when the row wraps under a narrow form. */}
      <Group gap="sm" ml="auto">
        <Button
          variant={started ? 'filled' : 'default'}
          leftSection={<IconDeviceFloppy size={18} />}
          loading={busy === 'save'}
          disabled={busy !== undefined}
          onClick={onSave}
        >
          {started ? t('campaigns.composer.saveText') : t('campaigns.composer.saveDraft')}
        </Button>
        {!started && (
          <Button
            leftSection={<IconPlayerPlay size={18} />}
            disabled={busy !== undefined}
            onClick={onStart}
          >
            {startLabel ?? t('campaigns.composer.startButton')}
          </Button>
        )}
      </Group>
    </Group>
  )
}

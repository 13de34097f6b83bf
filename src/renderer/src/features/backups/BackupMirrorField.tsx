import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconFolder } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupMirror } from '../../../../shared/backups'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { takenAtText } from './backup-texts'
import { mirrorProblemText, setMirrorErrorText } from './mirror-texts'

const monospace = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } }

interface Props {
  mirror: BackupMirror | null
  /** The desktop app has a folder picker; the path can always be typed or pasted. */
  canChooseFolder: boolean
  onChanged: () => void
}

/** Settings → Backups: the optional second folder (a USB stick, a synced folder) and how it went. */
export function BackupMirrorField({ mirror, canChooseFolder, onChanged }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [draft, setDraft] = useState(mirror?.folder ?? '')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const changed = draft.trim() !== (mirror?.folder ?? '')

  const save = async (folder: string | null) => {
    setBusy(true)
    setError(undefined)
    try {
      await api.call('backups.setMirror', { folder })
      setDraft(folder ?? '')
      notifications.show({
        color: 'teal',
        message: folder === null ? t('backups.mirrorStopped') : t('backups.mirrorSaved'),
      })
      onChanged()
    } catch (failure) {
      setError(setMirrorErrorText(failure, t))
    } finally {
      setBusy(false)
    }
  }

  const choose = async () => {
    try {
      const { folder } = await api.call('backups.chooseFolder', {})
      if (folder !== null) {
        setDraft(folder)
        await save(folder)
      }
    } catch (failure) {
      setError(errorMessage(failure, t))
    }
  }

  return (
    <Stack gap="xs">
      <TextInput
        label={t('backups.mirrorLabel')}
        description={t('backups.mirrorHint')}
        placeholder={t('backups.mirrorPlaceholder')}
        value={draft}
        error={error}
        styles={monospace}
        onChange={(event) => {
          setDraft(event.currentTarget.value)
          setError(undefined)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && changed && draft.trim() !== '') void save(draft.trim())
        }}
      />
      <Group gap="xs">
        <Button
          size="xs"
          loading={busy}
          disabled={!changed || draft.trim() === ''}
          onClick={() => void save(draft.trim())}
        >
          {t('backups.mirrorSave')}
        </Button>
        {canChooseFolder && (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconFolder size={14} />}
            onClick={() => void choose()}
          >
            {t('backups.mirrorChoose')}
          </Button>
        )}
        {mirror !== null && (
          <Button size="xs" variant="subtle" color="gray" onClick={() => void save(null)}>
            {t('backups.mirrorStop')}
          </Button>
        )}
      </Group>
      {mirror?.lastFailure && (
        <Alert color="orange" variant="light" role="status">
          <Text fz="sm">
            {t('backups.mirrorFailed', {
              date: takenAtText(mirror.lastFailure.at, i18n.language),
              problem: mirrorProblemText(mirror.lastFailure.problem, t),
            })}
          </Text>
        </Alert>
      )}
      {mirror && (mirror.lastSuccess || !mirror.lastFailure) && (
        <Text fz="sm" c="dimmed" role="status">
          {mirror.lastSuccess
            ? t('backups.mirrorLastSuccess', {
                date: takenAtText(mirror.lastSuccess.at, i18n.language),
              })
            : t('backups.mirrorNoneYet')}
        </Text>
      )}
    </Stack>
  )
}

import { Alert, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileText, IconLock } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { useApi } from '../../api/api-context'
import { ModalActions } from '../../components/ModalActions'
import { importErrorText } from '../import/import-texts'
import { AddModalFrame, type AddModalProps } from './AddModalFrame'
import { AddOutcomeStep } from './AddOutcomeStep'
import { fileSizeText, numberFileProblem, readNumberFile } from './number-file'
import { NoteInput } from './NoteInput'

/** What the picker offers; the core reads any table of numbers whatever its encoding. */
const acceptedFiles = '.csv,.txt,.tsv'

/** A file of numbers (a CSV from Excel, a text file) goes on the list. */
export function ImportFileModal({ opened, onClose }: AddModalProps) {
  const { t } = useTranslation()
  return (
    <AddModalFrame opened={opened} onClose={onClose} title={t('optOuts.file.title')}>
      <ImportFileForm onClose={onClose} />
    </AddModalFrame>
  )
}

type Problem = { kind: 'file'; text: string } | { kind: 'call'; error: unknown }

function ImportFileForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [file, setFile] = useState<File | null>(null)
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem>()
  const [outcome, setOutcome] = useState<OptOutAddOutcome>()

  const fileProblemText = (kind: 'too_large' | 'empty' | 'unreadable', fileName: string) =>
    kind === 'too_large'
      ? t('optOuts.file.tooLarge', { fileName })
      : kind === 'empty'
        ? t('optOuts.file.empty', { fileName })
        : t('optOuts.file.unreadable', { fileName })

  const choose = (chosen: File | null) => {
    setProblem(undefined)
    setFile(chosen)
    if (!chosen) return
    // Said at once, before anything is read: no waiting to learn the file is too big.
    const tooSoon = numberFileProblem(chosen.size)
    if (tooSoon) setProblem({ kind: 'file', text: fileProblemText(tooSoon, chosen.name) })
  }

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the contact card's own form must not see this.
    event.stopPropagation()
    if (!file) return
    setBusy(true)
    setProblem(undefined)
    try {
      const read = await readNumberFile(file)
      if (!read.ok) {
        setProblem({ kind: 'file', text: fileProblemText(read.problem, file.name) })
        return
      }
      setOutcome(
        await api.call('optOuts.importFile', {
          fileName: read.fileName,
          base64: read.base64,
          note,
        }),
      )
    } catch (error) {
      setProblem({ kind: 'call', error })
    } finally {
      setBusy(false)
    }
  }

  if (outcome) {
    return (
      <AddOutcomeStep
        outcome={outcome}
        source={file?.name}
        onAgain={() => {
          setOutcome(undefined)
          setFile(null)
        }}
        onDone={onClose}
      />
    )
  }
  return (
    <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
      <Text size="sm">{t('optOuts.file.hint')}</Text>
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconFileText size={22} stroke={1.5} color="var(--mantine-color-dimmed)" />
            <Text size="sm" fw={file ? 500 : undefined} c={file ? undefined : 'dimmed'} truncate>
              {file
                ? t('optOuts.file.chosen', {
                    fileName: file.name,
                    size: fileSizeText(file.size, i18n.language),
                  })
                : acceptedFiles.split(',').join(' ')}
            </Text>
          </Group>
          <FileButton onChange={choose} accept={acceptedFiles}>
            {(props) => (
              <Button {...props} variant={file ? 'default' : 'filled'}>
                {file ? t('optOuts.file.change') : t('optOuts.file.pick')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      <NoteInput value={note} placeholder={t('optOuts.file.notePlaceholder')} onChange={setNote} />
      {problem !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('optOuts.file.failed')}>
          {problem.kind === 'file' ? problem.text : importErrorText(problem.error, t)}
        </Alert>
      )}
      <Text c="dimmed" size="xs">
        <IconLock size={12} style={{ verticalAlign: '-1px', marginInlineEnd: 4 }} />
        {t('optOuts.file.privacy')}
      </Text>
      <ModalActions
        cancelLabel={t('optOuts.cancel')}
        onCancel={onClose}
        confirmLabel={t('optOuts.file.submit')}
        busy={busy}
        disabled={!file || (problem?.kind === 'file' && !busy)}
      />
    </Stack>
  )
}

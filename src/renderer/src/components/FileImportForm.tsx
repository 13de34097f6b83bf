import { Alert, Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core'
import { IconAlertTriangle, IconFileText, IconLock } from '@tabler/icons-react'
import { useState, type ReactNode, type SyntheticEvent } from 'react'
import { ModalActions } from './ModalActions'

export interface FileImportLabels {
  pick: string
  change: string
  /** The failure alert's title. */
  failed: string
  /** Under the form: where the file goes (nowhere). */
  privacy: string
  cancel: string
  submit: string
}

interface Props {
  /** What the file is and what loading it does. */
  hint: string
  /** The picker's filter, e.g. ".csv,.txt". */
  accept: string
  /** The chosen file in one line (its name and size); without one, the formats taken. */
  describe: (file: File | null) => string
  /** Why this file cannot be sent as it is (too large, empty), judged at once; undefined: it can. */
  refuse: (file: File) => string | undefined
  /**
   * Reads and sends the file: resolves to why it could not be read, or to nothing once sent (the
   * modal then shows the outcome instead of this form). A rejection is the call's failure.
   */
  send: (file: File) => Promise<string | undefined>
  /** The call's failure in words. */
  errorText: (error: unknown) => string
  labels: FileImportLabels
  onCancel: () => void
  /** What else the import asks for, under the file (a note). */
  children?: ReactNode
}

type Failure = { kind: 'file'; text: string } | { kind: 'call'; error: unknown }

/**
 * A modal's form that loads one file: what it is for, the file chosen, what went wrong, then
 * cancel and load. Mounted afresh for each file: "load another" starts with none chosen.
 */
export function FileImportForm({
  hint,
  accept,
  describe,
  refuse,
  send,
  errorText,
  labels,
  onCancel,
  children,
}: Props) {
  const [file, setFile] = useState<File | null>(null)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure>()
  // Judged from the chosen file itself: a file too big is said before any wait.
  const refused = file ? refuse(file) : undefined
  const shown = refused ?? (failure?.kind === 'call' ? errorText(failure.error) : failure?.text)

  const choose = (chosen: File | null) => {
    setFile(chosen)
    setFailure(undefined)
  }

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: a form around the modal must not see this.
    event.stopPropagation()
    if (!file || refused !== undefined) return
    setBusy(true)
    setFailure(undefined)
    try {
      const unread = await send(file)
      if (unread !== undefined) setFailure({ kind: 'file', text: unread })
    } catch (error) {
      setFailure({ kind: 'call', error })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Stack gap="md" component="form" onSubmit={(event) => void submit(event)}>
      <Text size="sm">{hint}</Text>
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconFileText size={22} stroke={1.5} color="var(--mantine-color-dimmed)" />
            <Text size="sm" fw={file ? 500 : undefined} c={file ? undefined : 'dimmed'} truncate>
              {describe(file)}
            </Text>
          </Group>
          <FileButton onChange={choose} accept={accept}>
            {(props) => (
              <Button {...props} variant={file ? 'default' : 'filled'}>
                {file ? labels.change : labels.pick}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {children}
      {shown !== undefined && (
        <Alert color="red" icon={<IconAlertTriangle />} title={labels.failed}>
          {shown}
        </Alert>
      )}
      <Text c="dimmed" size="xs">
        <IconLock size={12} style={{ verticalAlign: '-1px', marginInlineEnd: 4 }} />
        {labels.privacy}
      </Text>
      <ModalActions
        cancelLabel={labels.cancel}
        onCancel={onCancel}
        confirmLabel={labels.submit}
        busy={busy}
        // A file that cannot be read waits for another; a failed call may be tried again.
        disabled={!file || refused !== undefined || failure?.kind === 'file'}
      />
    </Stack>
  )
}

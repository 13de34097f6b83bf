import { Alert, Button, Paper, Progress, Stack, Text, ThemeIcon } from '@mantine/core'
import { IconAlertTriangle, IconFileUpload, IconLock } from '@tabler/icons-react'
import { useRef, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { uploadPercent, type ChooseState, type UploadState } from './import-flow'
import { isStorageProblem } from '../../i18n/error-message'
import { importErrorText } from './import-texts'

/** What the file picker offers; anything else dropped is still tried, and the core says why not. */
const acceptedFiles = '.csv,.tsv,.txt,.vcf'

interface Props {
  state: ChooseState | UploadState
  onFile: (file: File) => void
}

export function ChooseFileStep({ state, onFile }: Props) {
  const { t } = useTranslation()
  if (state.step === 'upload') {
    const percent = uploadPercent(state)
    return (
      <Stack gap="sm" py="xl">
        <Text fw={500}>{t('importer.choose.uploading', { fileName: state.fileName })}</Text>
        <Progress
          value={percent}
          size="lg"
          animated
          aria-label={t('importer.choose.uploaded', { percent })}
        />
        <Text size="sm" c="dimmed">
          {t('importer.choose.uploaded', { percent })}
        </Text>
      </Stack>
    )
  }
  return <DropZone error={state.error} onFile={onFile} />
}

function DropZone({ error, onFile }: { error: unknown; onFile: (file: File) => void }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  const [dragging, setDragging] = useState(false)
  const [tooMany, setTooMany] = useState(false)

  const onDragOver = (event: DragEvent) => {
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    setDragging(true)
  }
  const onDragLeave = (event: DragEvent) => {
    // Moving onto a child of the zone is not leaving it.
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) {
      return
    }
    setDragging(false)
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    const { files } = event.dataTransfer
    const file = files[0]
    setTooMany(files.length > 1)
    if (files.length === 1 && file) onFile(file)
  }

  return (
    <Stack gap="md">
      {error !== null && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t(
            isStorageProblem(error)
              ? 'importer.choose.notSavedTitle'
              : 'importer.choose.failedTitle',
          )}
        >
          {importErrorText(error, t)}
        </Alert>
      )}
      {tooMany && (
        <Alert color="orange" icon={<IconAlertTriangle />}>
          {t('importer.choose.onlyOne')}
        </Alert>
      )}
      <Paper
        withBorder
        radius="md"
        p="xl"
        py={40}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: dragging ? 'var(--mantine-primary-color-filled)' : undefined,
          backgroundColor: dragging
            ? 'var(--mantine-primary-color-light)'
            : 'var(--mantine-color-gray-0)',
        }}
      >
        <Stack gap="sm" align="center">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconFileUpload size={30} stroke={1.5} />
          </ThemeIcon>
          <Text fw={600} size="lg" ta="center">
            {t('importer.choose.drop')}
          </Text>
          <Text c="dimmed" size="sm">
            {t('importer.choose.or')}
          </Text>
          <Button onClick={() => input.current?.click()}>{t('importer.choose.pick')}</Button>
          <input
            ref={input}
            type="file"
            accept={acceptedFiles}
            hidden
            aria-label={t('importer.choose.pick')}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              // Cleared so that choosing the same file again, after fixing it, is noticed.
              event.currentTarget.value = ''
              setTooMany(false)
              if (file) onFile(file)
            }}
          />
          <Text c="dimmed" size="sm" ta="center" maw={520} mt="xs">
            {t('importer.choose.formats')}
          </Text>
          <Text c="dimmed" size="sm" ta="center">
            <IconLock size={14} style={{ verticalAlign: '-2px', marginInlineEnd: 6 }} />
            {t('importer.choose.privacy')}
          </Text>
        </Stack>
      </Paper>
    </Stack>
  )
}

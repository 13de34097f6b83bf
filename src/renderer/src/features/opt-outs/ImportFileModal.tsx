import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { useApi } from '../../api/api-context'
import { FileImportForm } from '../../components/FileImportForm'
import { AddModalFrame, type AddModalProps } from './AddModalFrame'
import { AddOutcomeStep } from './AddOutcomeStep'
import { fileSizeText, numberFileImport, type NumberFileProblem } from './number-file'
import { numberFileErrorText } from './number-file-error'
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

function ImportFileForm({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [note, setNote] = useState('')
  const [done, setDone] = useState<{ outcome: OptOutAddOutcome; fileName: string }>()

  const problemText = (kind: NumberFileProblem, fileName: string) =>
    kind === 'too_large'
      ? t('optOuts.file.tooLarge', { fileName })
      : kind === 'empty'
        ? t('optOuts.file.empty', { fileName })
        : t('optOuts.file.unreadable', { fileName })

  if (done) {
    return (
      <AddOutcomeStep
        outcome={done.outcome}
        source={done.fileName}
        onAgain={() => {
          setDone(undefined)
        }}
        onDone={onClose}
      />
    )
  }
  return (
    <FileImportForm
      hint={t('optOuts.file.hint')}
      accept={acceptedFiles}
      describe={(file) =>
        file
          ? t('optOuts.file.chosen', {
              fileName: file.name,
              size: fileSizeText(file.size, i18n.language),
            })
          : acceptedFiles.split(',').join(' ')
      }
      {...numberFileImport(problemText, async ({ fileName, base64 }) => {
        const outcome = await api.call('optOuts.importFile', { fileName, base64, note })
        setDone({ outcome, fileName })
      })}
      errorText={(error) => numberFileErrorText(error, t)}
      labels={{
        pick: t('optOuts.file.pick'),
        change: t('optOuts.file.change'),
        failed: t('optOuts.file.failed'),
        privacy: t('optOuts.file.privacy'),
        cancel: t('optOuts.cancel'),
        submit: t('optOuts.file.submit'),
      }}
      onCancel={onClose}
    >
      <NoteInput value={note} placeholder={t('optOuts.file.notePlaceholder')} onChange={setNote} />
    </FileImportForm>
  )
}

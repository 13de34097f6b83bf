import { Alert, Modal, Stack, Text } from '@mantine/core'
import { IconCircleCheck } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookImportOutcome } from '../../../../shared/cloud-api'
import { useApi } from '../../api/api-context'
import { CountCards } from '../../components/CountCards'
import { FileImportForm } from '../../components/FileImportForm'
import { OutcomeStep } from '../../components/OutcomeStep'
import { ProblemLinesTable } from '../../components/ProblemLinesTable'
import { errorMessage } from '../../i18n/error-message'
import {
  fileSizeText,
  maxNumberFileBytes,
  numberFileImport,
  type NumberFileProblem,
} from '../opt-outs/number-file'
import { summariseEvents } from './events-outcome'

/** What a relay saves: JSON lines, whatever the extension it chose. */
const acceptedFiles = '.jsonl,.ndjson,.json,.txt,.log'

interface Props {
  senderId: number
  onClose: () => void
}

/**
 * A file of webhook events saved by a relay, applied to the number's messages: the only way a
 * desktop app learns of deliveries, replies and stops made inside WhatsApp (no public address).
 */
export function ImportEventsModal({ senderId, onClose }: Props) {
  const { t } = useTranslation()
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('senders.cloud.importEvents.title')}
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700 } }}
    >
      <ImportEventsForm senderId={senderId} onClose={onClose} />
    </Modal>
  )
}

function ImportEventsForm({ senderId, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [done, setDone] = useState<{ outcome: WebhookImportOutcome; fileName: string }>()

  const problemText = (problem: NumberFileProblem, fileName: string) =>
    problem === 'too_large'
      ? t('senders.cloud.importEvents.tooLarge', {
          fileName,
          max: fileSizeText(maxNumberFileBytes, i18n.language),
        })
      : problem === 'empty'
        ? t('senders.cloud.importEvents.empty', { fileName })
        : t('senders.cloud.importEvents.unreadable', { fileName })

  if (done) {
    return (
      <OutcomeStep
        source={done.fileName}
        againLabel={t('senders.cloud.importEvents.again')}
        doneLabel={t('senders.cloud.importEvents.done')}
        onAgain={() => {
          setDone(undefined)
        }}
        onDone={onClose}
      >
        <EventsOutcomeView outcome={done.outcome} />
      </OutcomeStep>
    )
  }
  return (
    <FileImportForm
      hint={t('senders.cloud.importEvents.hint')}
      accept={acceptedFiles}
      describe={(file) =>
        file
          ? t('senders.cloud.importEvents.chosen', {
              fileName: file.name,
              size: fileSizeText(file.size, i18n.language),
            })
          : t('senders.cloud.importEvents.formats')
      }
      // The same reading as the opt-out list's files: size checked, read whole, base64.
      {...numberFileImport(problemText, async ({ fileName, base64 }) => {
        const outcome = await api.call('cloud.importEvents', { senderId, base64 })
        setDone({ outcome, fileName })
      })}
      errorText={(error) => errorMessage(error, t)}
      labels={{
        pick: t('senders.cloud.importEvents.pick'),
        change: t('senders.cloud.importEvents.change'),
        failed: t('senders.cloud.importEvents.failed'),
        privacy: t('senders.cloud.importEvents.privacy'),
        cancel: t('senders.cloud.importEvents.cancel'),
        submit: t('senders.cloud.importEvents.submit'),
      }}
      onCancel={onClose}
    />
  )
}

/** What the file did: the counts that matter, what was already known, each line not understood. */
function EventsOutcomeView({ outcome }: { outcome: WebhookImportOutcome }) {
  const { t } = useTranslation()
  const summary = summariseEvents(outcome)
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('senders.cloud.importEvents.outcome.lines', { count: outcome.lines })}
      </Text>
      {summary.allKnown ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck />}>
          {t('senders.cloud.importEvents.outcome.allKnown', { count: summary.unchanged })}
        </Alert>
      ) : (
        <>
          <CountCards
            cards={summary.cards.map((card) => ({
              ...card,
              label: t(`senders.cloud.importEvents.outcome.${card.key}`),
              hint: t(`senders.cloud.importEvents.outcome.${card.key}Hint`),
            }))}
          />
          {summary.unchanged > 0 && (
            <Text size="sm" c="dimmed">
              {t('senders.cloud.importEvents.outcome.unchanged', { count: summary.unchanged })}
            </Text>
          )}
        </>
      )}
      {summary.problems > 0 && (
        <ProblemLinesTable
          title={t('senders.cloud.importEvents.outcome.problemsTitle')}
          lineLabel={t('senders.cloud.importEvents.outcome.line')}
          columns={[{ label: t('senders.cloud.importEvents.outcome.problem') }]}
          rows={summary.shownProblems.map((problem) => ({
            line: problem.line,
            cells: [t(`senders.cloud.importEvents.outcome.problemText.${problem.problem}`)],
          }))}
          total={summary.problems}
          cappedText={(shown, total) =>
            t('senders.cloud.importEvents.outcome.problemsCapped', { shown, total })
          }
        />
      )}
    </Stack>
  )
}

import {
  Alert,
  Button,
  FileButton,
  Group,
  Modal,
  Paper,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconFileText, IconLock } from '@tabler/icons-react'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WebhookImportOutcome } from '../../../../shared/cloud-api'
import { useApi } from '../../api/api-context'
import { CountCards } from '../../components/CountCards'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import {
  fileSizeText,
  maxNumberFileBytes,
  numberFileProblem,
  readNumberFile,
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

type FileProblem = 'too_large' | 'empty' | 'unreadable'

function ImportEventsForm({ senderId, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const { busy, error, run } = useAsyncAction()
  const [file, setFile] = useState<File | null>(null)
  const [fileProblem, setFileProblem] = useState<FileProblem>()
  const [outcome, setOutcome] = useState<WebhookImportOutcome>()

  const problemText = (problem: FileProblem, fileName: string) =>
    problem === 'too_large'
      ? t('senders.cloud.importEvents.tooLarge', {
          fileName,
          max: fileSizeText(maxNumberFileBytes, i18n.language),
        })
      : problem === 'empty'
        ? t('senders.cloud.importEvents.empty', { fileName })
        : t('senders.cloud.importEvents.unreadable', { fileName })

  const choose = (chosen: File | null) => {
    setFile(chosen)
    // Said at once, before anything is read: no waiting to learn the file is too big.
    setFileProblem(chosen ? numberFileProblem(chosen.size) : undefined)
  }

  const submit = (event: SyntheticEvent) => {
    event.preventDefault()
    // React passes events up through portals: the settings page around must not see this.
    event.stopPropagation()
    if (!file) return
    void run(async () => {
      // The same reader as the opt-out list's files: size checked, read whole, base64.
      const read = await readNumberFile(file)
      if (!read.ok) {
        setFileProblem(read.problem)
        return
      }
      setOutcome(await api.call('cloud.importEvents', { senderId, base64: read.base64 }))
    })
  }

  if (outcome) {
    return (
      <Stack gap="lg">
        {file && (
          <Text size="sm" c="dimmed">
            {file.name}
          </Text>
        )}
        <EventsOutcomeView outcome={outcome} />
        <Group justify="space-between">
          <Button
            variant="default"
            onClick={() => {
              setOutcome(undefined)
              setFile(null)
            }}
          >
            {t('senders.cloud.importEvents.again')}
          </Button>
          <Button onClick={onClose}>{t('senders.cloud.importEvents.done')}</Button>
        </Group>
      </Stack>
    )
  }
  return (
    <Stack gap="md" component="form" onSubmit={submit}>
      <Text size="sm">{t('senders.cloud.importEvents.hint')}</Text>
      <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
        <Group justify="space-between" wrap="nowrap" gap="md">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <IconFileText size={22} stroke={1.5} color="var(--mantine-color-dimmed)" />
            <Text size="sm" fw={file ? 500 : undefined} c={file ? undefined : 'dimmed'} truncate>
              {file
                ? t('senders.cloud.importEvents.chosen', {
                    fileName: file.name,
                    size: fileSizeText(file.size, i18n.language),
                  })
                : t('senders.cloud.importEvents.formats')}
            </Text>
          </Group>
          <FileButton onChange={choose} accept={acceptedFiles}>
            {(props) => (
              <Button {...props} variant={file ? 'default' : 'filled'}>
                {file
                  ? t('senders.cloud.importEvents.change')
                  : t('senders.cloud.importEvents.pick')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {(fileProblem !== undefined || error !== undefined) && (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('senders.cloud.importEvents.failed')}
        >
          {fileProblem !== undefined && file
            ? problemText(fileProblem, file.name)
            : errorMessage(error, t)}
        </Alert>
      )}
      <Text c="dimmed" size="xs">
        <IconLock size={12} style={{ verticalAlign: '-1px', marginInlineEnd: 4 }} />
        {t('senders.cloud.importEvents.privacy')}
      </Text>
      <ModalActions
        cancelLabel={t('senders.cloud.importEvents.cancel')}
        onCancel={onClose}
        confirmLabel={t('senders.cloud.importEvents.submit')}
        busy={busy}
        disabled={!file || (fileProblem !== undefined && !busy)}
      />
    </Stack>
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
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('senders.cloud.importEvents.outcome.problemsTitle')}
          </Title>
          <ScrollArea.Autosize mah={220} type="auto">
            <Table striped verticalSpacing={6} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t('senders.cloud.importEvents.outcome.line')}</Table.Th>
                  <Table.Th>{t('senders.cloud.importEvents.outcome.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.shownProblems.map((problem) => (
                  <Table.Tr key={problem.line}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td>
                      {t(`senders.cloud.importEvents.outcome.problemText.${problem.problem}`)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {summary.problems > summary.shownProblems.length && (
            <Text size="xs" c="dimmed">
              {t('senders.cloud.importEvents.outcome.problemsCapped', {
                shown: summary.shownProblems.length,
                total: summary.problems,
              })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  )
}

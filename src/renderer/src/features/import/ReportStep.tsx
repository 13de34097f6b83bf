import {
  Alert,
  Button,
  Group,
  ScrollArea,
  Stack,
  Table,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core'
import { upperFirst } from '@mantine/hooks'
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconDownload,
  IconFileAlert,
  IconPlayerStop,
} from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportReport } from '../../../../shared/imports'
import { useApi } from '../../api/api-context'
import { CountCards } from '../../components/CountCards'
import { saveDownload } from '../../components/download-file'
import { errorMessage } from '../../i18n/error-message'
import { fileProblemText, rawRowText, reportLanguage, rowProblemReason } from './import-texts'

/** The table shows at most this many problems; the CSV report has them all. */
export const shownProblemLimit = 1000

const countKeys = [
  ['added', 'teal'],
  ['updated', 'blue'],
  ['unchanged', 'gray'],
  ['mergedDuplicates', 'gray'],
  ['rejected', 'red'],
  ['flagged', 'orange'],
] as const

interface Props {
  report: ImportReport
  onAgain: () => void
  onDone: () => void
}

export function ReportStep({ report, onAgain, onDone }: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap="md">
      {report.fileProblem ? (
        <Alert color="red" icon={<IconFileAlert />} title={t('importer.report.fileProblemTitle')}>
          <Stack gap={4}>
            <Text size="sm">
              {fileProblemText(report.fileProblem.code, report.fileProblem.line, t)}
            </Text>
            <Text size="sm" fw={500}>
              {t('importer.report.nothingImported')}
            </Text>
          </Stack>
        </Alert>
      ) : report.status === 'cancelled' ? (
        <Alert color="gray" icon={<IconPlayerStop />} title={t('importer.report.cancelledTitle')}>
          {t('importer.report.cancelledText')}
        </Alert>
      ) : report.status === 'interrupted' ? (
        <Alert
          color="red"
          icon={<IconAlertTriangle />}
          title={t('importer.report.interruptedTitle')}
        >
          {t('importer.report.interruptedText')}
        </Alert>
      ) : report.status === 'failed' ? (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('importer.report.failedTitle')}>
          {report.storageProblem
            ? `${t(`errors.${report.storageProblem}`)} ${t('importer.report.nothingImported')}`
            : t('importer.report.failedText')}
        </Alert>
      ) : (
        <FinishedReport report={report} />
      )}
      <Group justify="space-between">
        <Button variant="default" onClick={onAgain}>
          {t('importer.report.again')}
        </Button>
        <Button onClick={onDone}>{t('importer.report.done')}</Button>
      </Group>
    </Stack>
  )
}

function FinishedReport({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation()
  const count = (n: number) => n.toLocaleString(i18n.language)
  return (
    <>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon color="teal" variant="light" size={40} radius="xl">
          <IconCircleCheck size={26} />
        </ThemeIcon>
        <Stack gap={0}>
          <Title order={3} size="h4">
            {t('importer.report.finishedTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('importer.report.rows', { fileName: report.fileName, rows: count(report.rows) })}
          </Text>
        </Stack>
      </Group>
      <CountCards
        cards={countKeys.map(([key, color]) => ({
          key,
          color,
          value: report[key],
          label: t(`importer.counts.${key}`),
          hint: t(`importer.counts.${key}Hint`),
        }))}
      />
      <ProblemsSection report={report} />
    </>
  )
}

function ProblemsSection({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [downloading, setDownloading] = useState(false)
  const [downloadError, setDownloadError] = useState<unknown>(null)
  const shown = report.problems.slice(0, shownProblemLimit)

  if (shown.length === 0) {
    return (
      <Text c="teal.8" fw={500}>
        {t('importer.report.noProblems')}
      </Text>
    )
  }

  const download = async () => {
    setDownloading(true)
    setDownloadError(null)
    try {
      saveDownload(
        await api.call('imports.problemsCsv', {
          importId: report.importId,
          language: reportLanguage(i18n.language),
        }),
      )
    } catch (error) {
      setDownloadError(error)
    } finally {
      setDownloading(false)
    }
  }

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('importer.report.problemsTitle')}
      </Title>
      {report.problems.length >= shownProblemLimit && (
        <Text size="sm" c="dimmed">
          {t('importer.report.problemsCapped', { shown: count(shownProblemLimit, i18n.language) })}
        </Text>
      )}
      <ScrollArea.Autosize mah={320} type="auto">
        <Table stickyHeader withTableBorder verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>{t('importer.problems.line')}</Table.Th>
              <Table.Th>{t('importer.problems.name')}</Table.Th>
              <Table.Th>{t('importer.problems.result')}</Table.Th>
              <Table.Th>{t('importer.problems.reason')}</Table.Th>
              <Table.Th>{t('importer.problems.raw')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((problem, index) => (
              <Table.Tr key={index}>
                <Table.Td fz="sm">{problem.line}</Table.Td>
                {/* Who the row was, so the owner sees whom a rejected row loses. */}
                <Table.Td fz="sm" miw={120}>
                  {problem.name ?? ''}
                </Table.Td>
                <Table.Td
                  fz="sm"
                  fw={600}
                  c={problem.severity === 'rejected' ? 'red.8' : 'orange.8'}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {t(`importer.problems.${problem.severity}`)}
                </Table.Td>
                <Table.Td fz="sm">{upperFirst(rowProblemReason(problem, t))}</Table.Td>
                <Table.Td
                  fz="xs"
                  c="dimmed"
                  maw={260}
                  style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
                  title={rawRowText(problem.raw)}
                >
                  {rawRowText(problem.raw)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Group gap="md" wrap="nowrap" align="center">
        <Button
          variant="light"
          leftSection={<IconDownload size={18} />}
          onClick={() => void download()}
          loading={downloading}
          style={{ flexShrink: 0 }}
        >
          {t('importer.report.download')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('importer.report.downloadHint')}
        </Text>
      </Group>
      {downloadError !== null && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('importer.report.downloadFailed')}>
          {errorMessage(downloadError, t)}
        </Alert>
      )}
    </Stack>
  )
}

const count = (n: number, language: string) => n.toLocaleString(language)

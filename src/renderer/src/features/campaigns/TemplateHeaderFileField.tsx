import {
  Alert,
  Button,
  FileButton,
  Group,
  Paper,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { IconAlertTriangle, IconPaperclip } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import {
  isMediaKind,
  mediaFileProblems,
  mediaRules,
  type MediaFile,
  type MediaFileProblem,
} from '../../../../shared/template-parts'
import { useApi } from '../../api/api-context'
import { ApiCallError } from '../../api/errors'
import { errorMessage } from '../../i18n/error-message'
import { acceptFor, headerFileProblem, uploadHeaderFile } from './upload-header-file'

interface Props {
  senderId: number
  template: CampaignTemplate
  /** The start was tried: a missing file is shown as a problem. */
  showMissing: boolean
  onChange: (file: MediaFile) => void
}

const fileProblems: readonly string[] = [...mediaFileProblems, 'not_kept'] satisfies (
  MediaFileProblem | 'not_kept'
)[]
const isFileProblem = (problem: string): problem is MediaFileProblem | 'not_kept' =>
  fileProblems.includes(problem)

const mebibyte = 1024 * 1024

export function TemplateHeaderFileField({ senderId, template, showMissing, onChange }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const [sending, setSending] = useState<{ sent: number; size: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const kind = template.headerFormat ?? 'none'
  if (!isMediaKind(kind)) return null
  const rule = mediaRules[kind]
  const current = template.headerMedia ?? null
  const limitMb = Math.round(rule.maxBytes / mebibyte)
  /** A file's size as people read it: 240 KB, 3.4 MB. */
  const sizeText = (bytes: number): string =>
    bytes < mebibyte
      ? t('campaigns.composer.cloud.headerFile.kb', {
          size: String(Math.max(1, Math.round(bytes / 1024))),
        })
      : t('campaigns.composer.cloud.headerFile.mb', { size: (bytes / mebibyte).toFixed(1) })

  const pick = async (file: File | null) => {
    if (file === null) return
    setProblem(null)
    const early = headerFileProblem(file, kind)
    if (early !== null) {
      setProblem(t(`campaigns.composer.cloud.headerFile.problems.${early}`, { limitMb }))
      return
    }
    setSending({ sent: 0, size: file.size })
    try {
      const kept = await uploadHeaderFile(api, senderId, kind, file, (sent) => {
        setSending({ sent, size: file.size })
      })
      onChange(kept)
    } catch (error) {
      const reason = error instanceof ApiCallError ? String(error.details.problem) : ''
      setProblem(
        error instanceof ApiCallError && error.code === 'media_file' && isFileProblem(reason)
          ? t(`campaigns.composer.cloud.headerFile.problems.${reason}`, { limitMb })
          : errorMessage(error, t),
      )
    } finally {
      setSending(null)
    }
  }

  return (
    <Stack gap={6}>
      <Title order={3} size="h6">
        {t(`campaigns.composer.cloud.headerFile.title.${kind}`)}
      </Title>
      <Text fz="xs" c="dimmed">
        {t(`campaigns.composer.cloud.headerFile.hint.${kind}`, { limitMb })}
      </Text>
      <Paper withBorder radius="sm" p="sm">
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Group gap={8} wrap="nowrap" miw={0}>
            <IconPaperclip size={18} />
            <Text fz="sm" truncate c={current ? undefined : 'dimmed'}>
              {current
                ? t('campaigns.composer.cloud.headerFile.chosen', {
                    name: current.fileName,
                    size: sizeText(current.bytes),
                  })
                : t('campaigns.composer.cloud.headerFile.none')}
            </Text>
          </Group>
          <FileButton accept={acceptFor(kind)} onChange={(file) => void pick(file)}>
            {(props) => (
              <Button {...props} variant="light" size="xs" loading={sending !== null}>
                {current
                  ? t('campaigns.composer.cloud.headerFile.change')
                  : t('campaigns.composer.cloud.headerFile.pick')}
              </Button>
            )}
          </FileButton>
        </Group>
        {sending !== null && (
          <Progress
            mt="xs"
            size="sm"
            value={sending.size === 0 ? 0 : (100 * sending.sent) / sending.size}
            aria-label={t('campaigns.composer.cloud.headerFile.sending')}
          />
        )}
      </Paper>
      {problem !== null && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={16} />}
          py="xs"
          role="alert"
        >
          {problem}
        </Alert>
      )}
      {problem === null && showMissing && current === null && (
        <Text fz="xs" c="red">
          {t('campaigns.composer.cloud.headerFile.missing')}
        </Text>
      )}
    </Stack>
  )
}

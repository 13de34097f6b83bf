import { Alert, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OptInMarkPlan, WrotePerson } from '../../../../shared/opt-in'
import { useApi } from '../../api/api-context'
import { ProblemLinesTable } from '../../components/ProblemLinesTable'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { fileLanguage } from '../../i18n/language'

/** Names shown in a sentence before "and N more". */
const namesShown = 8
const notNumbersShown = 50

/**
 * Pasted numbers of people who wrote by the QR: first what would be done (who is marked, who is
 * added, who stays opted out, which lines are no number), then the owner applies it and reads what
 * was done, in the same words.
 */
export function MarkWroteSection() {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [text, setText] = useState('')
  const [preview, setPreview] = useState<OptInMarkPlan>()
  const [outcome, setOutcome] = useState<OptInMarkPlan>()
  const { busy, error, run } = useAsyncAction()
  const language = fileLanguage(i18n.language)

  const check = () =>
    run(async () => {
      setPreview(await api.call('optIn.previewWrote', { text, language }))
    })
  const apply = () =>
    run(async () => {
      setOutcome(await api.call('optIn.markWrote', { text, language }))
      setPreview(undefined)
    })
  const startAgain = () => {
    setOutcome(undefined)
    setPreview(undefined)
    setText('')
  }

  const shown = outcome ?? preview
  // Something to write: someone to mark or to add.
  const canApply =
    preview !== undefined &&
    (preview.existing.some((p) => !p.alreadyMarked) || preview.added.length > 0)

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="opt-in-mark-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="opt-in-mark-title">
            {t('optIn.markTitle')}
          </Title>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('optIn.markIntro')}
          </Text>
        </div>
        {shown === undefined ? (
          <>
            <Textarea
              label={t('optIn.numbers')}
              placeholder={t('optIn.numbersPlaceholder')}
              value={text}
              onChange={(event) => {
                setText(event.currentTarget.value)
              }}
              autosize
              minRows={5}
              maxRows={14}
              maxLength={1_000_000}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Group>
              <Button onClick={() => void check()} loading={busy} disabled={text.trim() === ''}>
                {t('optIn.preview')}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <PlanView plan={shown} done={outcome !== undefined} />
            <Group>
              {outcome === undefined ? (
                <>
                  <Button onClick={() => void apply()} loading={busy} disabled={!canApply}>
                    {t('optIn.apply')}
                  </Button>
                  <Button
                    variant="default"
                    disabled={busy}
                    onClick={() => {
                      setPreview(undefined)
                    }}
                  >
                    {t('optIn.cancel')}
                  </Button>
                </>
              ) : (
                <Button variant="light" onClick={startAgain}>
                  {t('optIn.again')}
                </Button>
              )}
            </Group>
          </>
        )}
        {error !== undefined && (
          <Alert color="red" icon={<IconAlertTriangle />} title={t('optIn.failed')}>
            {errorMessage(error, t)}
          </Alert>
        )}
      </Stack>
    </Paper>
  )
}

function PlanView({ plan, done }: { plan: OptInMarkPlan; done: boolean }) {
  const { t } = useTranslation()
  const names = (people: readonly WrotePerson[]) => {
    const listed = people
      .slice(0, namesShown)
      .map((p) => (p.name === p.e164 ? p.e164 : `${p.name} (${p.e164})`))
    const rest = people.length - listed.length
    return rest > 0
      ? `${listed.join(', ')} ${t('optIn.plan.more', { count: rest })}`
      : listed.join(', ')
  }
  const toMark = plan.existing.filter((p) => !p.alreadyMarked)
  const already = plan.existing.filter((p) => p.alreadyMarked)
  const nothing =
    plan.existing.length +
      plan.added.length +
      plan.optedOut.length +
      plan.consentWithdrawn.length ===
    0
  const sentence = (
    key: 'mark' | 'marked' | 'add' | 'added' | 'already' | 'optedOut' | 'withdrawn',
    people: readonly WrotePerson[],
  ) => t(`optIn.plan.${key}`, { count: people.length, names: names(people) })

  return (
    <Stack gap="sm" data-testid={done ? 'opt-in-outcome' : 'opt-in-preview'}>
      <Title order={3} size="h5">
        {done ? t('optIn.outcomeTitle') : t('optIn.previewTitle')}
      </Title>
      {nothing ? (
        <Alert color="orange" icon={<IconInfoCircle />}>
          {t('optIn.plan.nothing')}
        </Alert>
      ) : (
        <List spacing={6} size="sm" icon={<IconCircleCheck size={16} />} center>
          {toMark.length > 0 && <List.Item>{sentence(done ? 'marked' : 'mark', toMark)}</List.Item>}
          {plan.added.length > 0 && (
            <List.Item>
              {sentence(done ? 'added' : 'add', plan.added)}
              <Text fz="xs" c="dimmed">
                {t('optIn.plan.addedHint')}
              </Text>
            </List.Item>
          )}
          {already.length > 0 && <List.Item>{sentence('already', already)}</List.Item>}
          {plan.optedOut.length > 0 && (
            <List.Item icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />}>
              {sentence('optedOut', plan.optedOut)}
            </List.Item>
          )}
          {plan.consentWithdrawn.length > 0 && (
            <List.Item icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" />}>
              {sentence('withdrawn', plan.consentWithdrawn)}
            </List.Item>
          )}
        </List>
      )}
      {plan.notNumbers.length > 0 && (
        <ProblemLinesTable
          title={t('optIn.plan.notNumbersTitle')}
          lineLabel={t('optIn.plan.line')}
          columns={[{ label: t('optIn.plan.raw'), raw: true }, { label: t('optIn.plan.reason') }]}
          rows={plan.notNumbers.slice(0, notNumbersShown).map((problem) => ({
            line: problem.line,
            cells: [problem.raw, t(`contacts.issues.${problem.reason}`)],
          }))}
          total={plan.notNumbers.length}
          cappedText={(shown, total) => t('optIn.plan.capped', { shown, total })}
        />
      )}
    </Stack>
  )
}

import { Alert, Stack } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { CountCards } from '../../components/CountCards'
import { ProblemLinesTable } from '../../components/ProblemLinesTable'
import { summariseOutcome } from './add-outcome'

const counts = [
  ['added', 'teal'],
  ['already', 'gray'],
  ['rejected', 'red'],
] as const

/** What adding numbers (pasted or from a file) did: the counts, then each line not understood. */
export function AddOutcomeView({ outcome }: { outcome: OptOutAddOutcome }) {
  const { t } = useTranslation()
  const summary = summariseOutcome(outcome)

  if (summary.nothingFound) {
    return (
      <Alert color="orange" icon={<IconInfoCircle />}>
        {t('optOuts.outcome.nothing')}
      </Alert>
    )
  }
  return (
    <Stack gap="md">
      <CountCards
        cards={counts.map(([key, color]) => ({
          key,
          color,
          value: summary[key],
          label: t(`optOuts.outcome.${key}`),
          hint: t(`optOuts.outcome.${key}Hint`),
        }))}
      />
      {summary.rejected > 0 && (
        <ProblemLinesTable
          title={t('optOuts.outcome.rejectedTitle')}
          lineLabel={t('optOuts.outcome.line')}
          columns={[
            { label: t('optOuts.outcome.raw'), raw: true },
            { label: t('optOuts.outcome.reason') },
          ]}
          rows={summary.shownRejected.map((problem) => ({
            line: problem.line,
            cells: [problem.raw, t(`contacts.issues.${problem.reason}`)],
          }))}
          total={summary.rejected}
          cappedText={(shown, total) => t('optOuts.outcome.rejectedCapped', { shown, total })}
        />
      )}
    </Stack>
  )
}

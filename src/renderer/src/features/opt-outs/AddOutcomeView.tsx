import { Alert, ScrollArea, Stack, Table, Text, Title } from '@mantine/core'
import { IconInfoCircle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { CountCards } from '../../components/CountCards'
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
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('optOuts.outcome.rejectedTitle')}
          </Title>
          <ScrollArea.Autosize mah={260} type="auto">
            <Table striped verticalSpacing={6} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80}>{t('optOuts.outcome.line')}</Table.Th>
                  <Table.Th>{t('optOuts.outcome.raw')}</Table.Th>
                  <Table.Th>{t('optOuts.outcome.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.shownRejected.map((problem, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{problem.line}</Table.Td>
                    <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {problem.raw}
                    </Table.Td>
                    <Table.Td>{t(`contacts.issues.${problem.reason}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {summary.rejected > summary.shownRejected.length && (
            <Text size="xs" c="dimmed">
              {t('optOuts.outcome.rejectedCapped', {
                shown: summary.shownRejected.length,
                total: summary.rejected,
              })}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  )
}

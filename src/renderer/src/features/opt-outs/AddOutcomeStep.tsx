import { Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { AddOutcomeView } from './AddOutcomeView'

interface Props {
  outcome: OptOutAddOutcome
  /** Where the numbers came from, shown above the outcome (a file's name). */
  source?: string
  /** Back to the empty form, to add more. */
  onAgain: () => void
  onDone: () => void
}

/** The last step of adding numbers: what it did, then add more or finish. */
export function AddOutcomeStep({ outcome, source, onAgain, onDone }: Props) {
  const { t } = useTranslation()
  return (
    <Stack gap="lg">
      {source !== undefined && (
        <Text size="sm" c="dimmed">
          {source}
        </Text>
      )}
      <AddOutcomeView outcome={outcome} />
      <Group justify="space-between">
        <Button variant="default" onClick={onAgain}>
          {t('optOuts.outcome.again')}
        </Button>
        <Button onClick={onDone}>{t('optOuts.outcome.done')}</Button>
      </Group>
    </Stack>
  )
}

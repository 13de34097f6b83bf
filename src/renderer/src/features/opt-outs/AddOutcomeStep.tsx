import { useTranslation } from 'react-i18next'
import type { OptOutAddOutcome } from '../../../../shared/opt-outs'
import { OutcomeStep } from '../../components/OutcomeStep'
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
    <OutcomeStep
      source={source}
      againLabel={t('optOuts.outcome.again')}
      doneLabel={t('optOuts.outcome.done')}
      onAgain={onAgain}
      onDone={onDone}
    >
      <AddOutcomeView outcome={outcome} />
    </OutcomeStep>
  )
}

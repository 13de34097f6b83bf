import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { AddMembersOutcome } from '../../../../shared/lists'
import { errorMessage } from '../../i18n/error-message'
import { outcomeLines } from './add-outcome'
import { reasonSummary } from './reason-summary'

/**
 * Runs an "add to list" call and says what it did (added, already there, left out and why) or,
 * if the core refused (a full list…), why not. Resolves with the outcome, or undefined on refusal.
 */
export function useAddToList() {
  const { t } = useTranslation()
  return async (
    listName: string,
    add: () => Promise<AddMembersOutcome>,
  ): Promise<AddMembersOutcome | undefined> => {
    try {
      const outcome = await add()
      const lines = outcomeLines(outcome).map(({ kind, count }) =>
        kind === 'skipped'
          ? `${t('lists.addOutcome.skipped', { count })} (${reasonSummary(outcome.skipped)
              .map(({ reason, count: n }) =>
                t('lists.reasonCount', { reason: t(`eligibility.${reason}`), count: n }),
              )
              .join(', ')})`
          : t(`lists.addOutcome.${kind}`, { count }),
      )
      notifications.show({
        color: outcome.added > 0 ? 'teal' : 'gray',
        title: t('lists.addToList.addedTo', { name: listName }),
        message: lines.length > 0 ? lines.join('. ') : t('lists.addOutcome.nothing'),
      })
      return outcome
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('lists.failed'),
        message: errorMessage(error, t),
      })
      return undefined
    }
  }
}

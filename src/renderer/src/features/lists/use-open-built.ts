import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import { useNavigation } from '../../stores/navigation'
import { useListsView } from './lists-view'

/** After a build: says what was made and opens the (first) list in the Lists section. */
export function useOpenBuilt() {
  const { t } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)
  const open = useListsView((state) => state.open)
  return (lists: readonly ListSummary[]) => {
    const [first] = lists
    if (first === undefined) return
    notifications.show({
      color: 'teal',
      message: t('lists.built', { count: lists.length, name: first.name }),
    })
    open(first.id)
    goTo('lists')
  }
}

import { notifications } from '@mantine/notifications'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useApiEvent } from '../../api/use-api-event'
import { useNavigation } from '../../stores/navigation'
import { takenAtText } from './backup-texts'
import { carriedAnything, carriedKeys, rememberRestore, takeRestore } from './restored-notice'
import { takenAtOf } from '../../../../shared/backup-names'

/**
 * Every window starts over when the database is replaced by a copy (nothing it holds is true any
 * more); after the reload it opens Settings and says what was restored and where the old data is.
 */
export function RestoreWatcher() {
  const { t, i18n } = useTranslation()
  const goTo = useNavigation((state) => state.goTo)

  useApiEvent('backups.restored', (outcome) => {
    rememberRestore(outcome)
    window.location.reload()
  })

  useEffect(() => {
    const outcome = takeRestore()
    if (!outcome) return
    goTo('settings')
    const at = takenAtOf(outcome.restored)
    notifications.show({
      color: 'teal',
      autoClose: false,
      title: t('backups.restored', {
        date: at === undefined ? outcome.restored : takenAtText(at, i18n.language),
      }),
      message: (
        <>
          {t('backups.restoredKept', { file: outcome.keptAs })}{' '}
          {carriedAnything(outcome.carried)
            ? t('backups.restoredCarried', {
                list: carriedKeys
                  .filter((key) => outcome.carried[key] > 0)
                  .map((key) => t(`backups.carriedCount.${key}`, { count: outcome.carried[key] }))
                  .join(', '),
              })
            : t('backups.restoredCarriedNone')}
        </>
      ),
    })
  }, [goTo, t, i18n.language])

  return null
}

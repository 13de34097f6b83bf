import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ListSummary } from '../../../../shared/lists'
import type { RiskFix } from '../../../../shared/risk'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { dateTimeText } from '../risk/risk-text'
import type { ComposerForm } from './composer-form'
import { formChangeFor, narrowedListName } from './composer-risk'

interface Options {
  form: ComposerForm
  lists: readonly ListSummary[]
  edit: (change: Partial<ComposerForm>) => void
}

/**
 * Applies a fix the meter offers: the opt-out line, a greeting by name and the start time change
 * the form; narrowing to consent builds a new list first and then picks it. The meter follows the
 * changed form by itself.
 */
export function useRiskFix({ form, lists, edit }: Options) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const [applying, setApplying] = useState<RiskFix['kind']>()

  const done = (message: string) => {
    notifications.show({ color: 'teal', message })
  }

  const narrow = async (contactIds: number[]) => {
    // The names as they are now, not as the composer loaded them: another list may be newer.
    const taken = await api.call('lists.all', {})
    const current = lists.find((entry) => entry.id === form.listIds[0])?.name ?? form.name
    const name = narrowedListName(
      current,
      t('risk.composer.consentSuffix'),
      taken.map((entry) => entry.name),
    )
    // A campaign of several lists may have more people with consent than one list holds.
    const built = await api.call('lists.build', {
      selection: { contactIds },
      onlyEligible: true,
      name,
      split: true,
    })
    const [first] = built
    if (first === undefined) return
    edit({ listIds: built.map((list) => list.id) })
    done(t('risk.composer.narrowed', { name: first.name }))
  }

  const apply = async (fix: RiskFix) => {
    const change = formChangeFor(fix, form)
    if (change !== null) {
      edit(change)
      if (fix.kind === 'add_opt_out') done(t('risk.composer.optOutAdded'))
      if (fix.kind === 'add_name') done(t('risk.composer.nameAdded'))
      if (fix.kind === 'start_at') {
        const when = dateTimeText(fix.at, { t, language: i18n.language })
        done(t('risk.composer.startSet', { when }))
      }
      return
    }
    if (fix.kind !== 'narrow_to_consent') return
    setApplying(fix.kind)
    try {
      await narrow(fix.contactIds)
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('risk.composer.fixFailed'),
        message: errorMessage(error, t),
      })
    } finally {
      setApplying(undefined)
    }
  }

  return { apply, applying }
}

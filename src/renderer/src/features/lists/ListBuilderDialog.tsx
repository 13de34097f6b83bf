import { Alert, Divider, Modal, Stack, Switch, Text, TextInput, Textarea } from '@mantine/core'
import { useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { listMinimum, type ListSelection, type ListSummary } from '../../../../shared/lists'
import { useApi } from '../../api/api-context'
import type { ChosenContacts } from '../contacts/selection'
import { ModalActions } from '../../components/ModalActions'
import { useAsyncAction } from '../../components/use-async-action'
import { errorMessage } from '../../i18n/error-message'
import { ConsentMarkModal } from '../consent/ConsentMarkModal'
import { consentTargetOf } from '../consent/consent-mark'
import { useTags } from '../contacts/use-tags'
import { BuilderFilterFields } from './BuilderFilterFields'
import { emptyFilterForm, filterFormKey, toListFilter, type FilterForm } from './list-filter-form'
import { listNameMax } from './list-names'
import { PlanSummary } from './PlanSummary'
import { useListPlan } from './use-list-plan'

interface Props {
  /** Ticked contacts (or everyone found) to build from; without them, the dialog asks for a filter. */
  contacts?: ChosenContacts
  /** The name to start from (a campaign's lists are named after it). */
  initialName?: string
  onClose: () => void
  /** The lists made (several when split), in order. */
  onBuilt: (lists: ListSummary[]) => void
}

/**
 * Builds a list from a filter or from ticked contacts, showing live who it would hold and who
 * not (and why), and splitting it into near-equal lists when it is over the cap. Mount to open.
 */
export function ListBuilderDialog({ contacts, initialName = '', onClose, onBuilt }: Props) {
  const { t } = useTranslation()
  const api = useApi()
  const tags = useTags()
  const [form, setForm] = useState<FilterForm>(emptyFilterForm)
  const [onlyEligible, setOnlyEligible] = useState(true)
  const [name, setName] = useState(initialName.slice(0, listNameMax - 6))
  const [description, setDescription] = useState('')
  const { busy, error, run } = useAsyncAction()
  const [markingConsent, setMarkingConsent] = useState(false)

  const selection: ListSelection =
    contacts === undefined
      ? { filter: toListFilter(form) }
      : 'ids' in contacts.selector
        ? { contactIds: contacts.selector.ids }
        : { matching: contacts.selector.matching }
  const key = contacts === undefined ? filterFormKey(form) : JSON.stringify(contacts.selector)
  const view = useListPlan(selection, key, onlyEligible)
  const plan = view.planning ? undefined : view.plan
  const split = (plan?.parts.length ?? 0) > 1
  const canBuild = plan !== undefined && plan.placed >= listMinimum && name.trim() !== '' && !busy

  const build = async (event: SyntheticEvent) => {
    event.preventDefault()
    if (!canBuild) return
    await run(async () => {
      const lists = await api.call('lists.build', {
        selection,
        onlyEligible,
        name: name.trim(),
        description: description.trim(),
        split,
      })
      onBuilt(lists)
    })
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        contacts === undefined ? t('lists.builder.title') : t('lists.builder.fromSelectionTitle')
      }
      closeOnClickOutside={false}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <Stack gap="md" component="form" onSubmit={(event) => void build(event)}>
        {contacts === undefined ? (
          <BuilderFilterFields
            form={form}
            tags={tags}
            onChange={(change) => {
              setForm((current) => ({ ...current, ...change }))
            }}
          />
        ) : (
          <Text fw={500}>{t('lists.builder.fromSelection', { count: contacts.count })}</Text>
        )}
        <Switch
          checked={onlyEligible}
          onChange={(event) => {
            setOnlyEligible(event.currentTarget.checked)
          }}
          label={t('lists.builder.onlyEligible')}
          description={
            onlyEligible ? t('lists.builder.onlyEligibleHint') : t('lists.builder.allPlaced')
          }
        />
        <PlanSummary
          view={view}
          name={name}
          onlyEligible={onlyEligible}
          onMarkConsent={() => {
            setMarkingConsent(true)
          }}
        />
        <Divider />
        <TextInput
          label={t('lists.builder.name')}
          placeholder={t('lists.builder.namePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value)
          }}
          // Room for " 10/10" after a split's name.
          maxLength={listNameMax - 6}
          required
        />
        <Textarea
          label={t('lists.builder.description')}
          value={description}
          onChange={(event) => {
            setDescription(event.currentTarget.value)
          }}
          maxLength={500}
          autosize
          minRows={1}
          maxRows={4}
        />
        {error !== undefined && (
          <Alert color="red" variant="light">
            {errorMessage(error, t)}
          </Alert>
        )}
        <ModalActions
          cancelLabel={t('lists.builder.cancel')}
          onCancel={onClose}
          confirmLabel={
            split && plan
              ? t('lists.builder.buildMany', {
                  lists: t('lists.listCount', { count: plan.parts.length }),
                })
              : t('lists.builder.build')
          }
          busy={busy}
          disabled={!canBuild}
          gap="sm"
        />
      </Stack>
      {/* Outside the form: its own form's submit must not build the list. */}
      {markingConsent && (
        <ConsentMarkModal
          target={consentTargetOf(selection)}
          count={plan?.excluded.no_consent ?? 0}
          onClose={() => {
            setMarkingConsent(false)
          }}
        />
      )}
    </Modal>
  )
}

import { Anchor, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core'
import { IconAddressBook, IconDeviceMobile, IconInfoCircle } from '@tabler/icons-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SavedNumberState } from '../../../../shared/contacts'
import type { ListDetail } from '../../../../shared/lists'
import {
  phoneReachMisses,
  type PhoneReach,
  type PhoneReachMiss,
  type PhoneReachPerson,
} from '../../../../shared/phone-reach'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { useNavigation } from '../../stores/navigation'
import { useContactsFilter } from '../contacts/contacts-filter-store'
import { defaultFilter } from '../contacts/contact-filter'
import { MarkSavedNumberMenu } from '../contacts/MarkSavedNumberMenu'

/** Names shown before «Показать ещё N». */
const namesShown = 3

/** The contact book's filter that finds each miss among the list's people, where one exists. */
const bookFilterOf: Record<PhoneReachMiss, SavedNumberState | null> = {
  not_eligible: null,
  not_saved: 'no',
  saved_unknown: 'unknown',
}

type ReachState =
  | { status: 'loading' }
  | { status: 'ready'; reach: PhoneReach }
  | { status: 'failed'; error: unknown }

/**
 * How many of the list a list message from the phone would reach, and who it would miss and why,
 * with the way to the contact book filtered to them or to mark them. Asked again whenever the list
 * is (the list's page reloads it on every change of a contact, an opt-out or the list).
 */
export function PhoneReachPanel({ list }: { list: ListDetail }) {
  const { t } = useTranslation()
  const api = useApi()
  const [state, setState] = useState<ReachState>({ status: 'loading' })

  useEffect(() => {
    let live = true
    api.call('lists.phoneReach', { id: list.id }).then(
      (reach) => {
        if (live) setState({ status: 'ready', reach })
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', error })
      },
    )
    return () => {
      live = false
    }
  }, [api, list])

  if (state.status !== 'ready')
    return (
      <Text fz="sm" c={state.status === 'failed' ? 'red' : 'dimmed'}>
        {state.status === 'failed'
          ? `${t('savedNumber.reach.loadFailed')}: ${errorMessage(state.error, t)}`
          : t('savedNumber.reach.loading')}
      </Text>
    )

  const { reach } = state
  const missed = phoneReachMisses.filter((miss) => reach.missed[miss].length > 0)
  return (
    <Paper withBorder radius="md" px="md" py="xs" data-testid="phone-reach">
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap" align="center">
          <IconDeviceMobile size={18} stroke={1.5} aria-hidden />
          <Text fz="sm" fw={600}>
            {t('savedNumber.reach.title')}:
          </Text>
          <Text fz="sm" fw={700} c={reach.reached === reach.members ? 'teal.8' : undefined}>
            {t('savedNumber.reach.summary', { reached: reach.reached, members: reach.members })}
          </Text>
          {reach.reachedLikely > 0 && (
            <Text fz="sm" c="dimmed">
              ({t('savedNumber.reach.likely', { count: reach.reachedLikely })})
            </Text>
          )}
          <Tooltip label={t('savedNumber.reach.explain')} multiline w={340} withArrow>
            <IconInfoCircle
              size={16}
              stroke={1.5}
              aria-label={t('savedNumber.reach.explain')}
              style={{ color: 'var(--mantine-color-dimmed)' }}
            />
          </Tooltip>
        </Group>
        {missed.length === 0 ? (
          <Text fz="sm" c="dimmed">
            {t('savedNumber.reach.allReached')}
          </Text>
        ) : (
          missed.map((miss) => (
            <MissLine key={miss} list={list} miss={miss} people={reach.missed[miss]} />
          ))
        )}
      </Stack>
    </Paper>
  )
}

function MissLine({
  list,
  miss,
  people,
}: {
  list: ListDetail
  miss: PhoneReachMiss
  people: PhoneReachPerson[]
}) {
  const { t } = useTranslation()
  const [expanded, setExpanded] = useState(false)
  const goTo = useNavigation((s) => s.goTo)
  const shown = expanded ? people : people.slice(0, namesShown)
  const hidden = people.length - shown.length
  const savedNumber = bookFilterOf[miss]
  const nameOf = (person: PhoneReachPerson) =>
    person.reason === null ? person.name : `${person.name} (${t(`eligibility.${person.reason}`)})`

  return (
    <Group gap="xs" wrap="wrap" align="center" data-testid={`phone-reach-${miss}`}>
      <Text fz="sm">
        <Text span fz="sm" c="orange.8" fw={600}>
          {t('savedNumber.reach.missTitle')}{' '}
          {t(`savedNumber.reach.miss.${miss}`, { count: people.length })}
        </Text>
        {': '}
        {shown.map(nameOf).join(', ')}
        {hidden > 0 && (
          <>
            {' '}
            <Anchor
              component="button"
              type="button"
              fz="sm"
              onClick={() => {
                setExpanded(true)
              }}
            >
              {t('savedNumber.reach.showAll', { count: hidden })}
            </Anchor>
          </>
        )}
        {expanded && people.length > namesShown && (
          <>
            {' '}
            <Anchor
              component="button"
              type="button"
              fz="sm"
              onClick={() => {
                setExpanded(false)
              }}
            >
              {t('savedNumber.reach.showLess')}
            </Anchor>
          </>
        )}
      </Text>
      {savedNumber !== null && (
        <Button
          size="compact-sm"
          variant="subtle"
          leftSection={<IconAddressBook size={14} />}
          onClick={() => {
            useContactsFilter.setState((current) => ({
              filter: {
                ...defaultFilter,
                sort: current.filter.sort,
                direction: current.filter.direction,
                savedNumber,
                list: { id: list.id, name: list.name },
              },
              typed: '',
            }))
            goTo('contacts')
          }}
        >
          {t('savedNumber.reach.openInBook')}
        </Button>
      )}
      {savedNumber === 'unknown' && (
        <MarkSavedNumberMenu
          selector={{ ids: people.map((person) => person.contactId) }}
          variant="subtle"
          size="compact-sm"
        />
      )}
    </Group>
  )
}

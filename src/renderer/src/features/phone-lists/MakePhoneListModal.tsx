import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  ScrollArea,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  phoneListCapacity,
  phoneListMinimum,
  type PhoneListCandidate,
} from '../../../../shared/phone-lists'
import { useApi } from '../../api/api-context'
import { errorMessage } from '../../i18n/error-message'
import { useSenders } from '../senders/use-senders'
import { MoveContactsHelp } from './MoveContactsHelp'
import { PhoneGuide } from './PhoneGuide'
import { inPhoneOrder, phoneName, type PhoneSort } from './phone-order'

interface Props {
  listId: number
  listName: string
  candidates: PhoneListCandidate[]
  onClose: () => void
}

/**
 * Making the list on the phone: the guide, then the checklist of the people who may get a list
 * message in the phone's order (a tick per person as the owner ticks them there), then recording
 * it — which number's phone, its name there, when.
 */
export function MakePhoneListModal({ listId, listName, candidates, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const senders = useSenders()
  const [sort, setSort] = useState<PhoneSort>('first')
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set())
  const [senderId, setSenderId] = useState<string | null>(null)
  const [name, setName] = useState(listName)
  // Empty: made just now (the core's clock says when); the owner may give an earlier moment.
  const [madeAt, setMadeAt] = useState('')
  const madeAtMs = madeAt === '' ? undefined : new Date(madeAt).getTime()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const people = useMemo(
    () => inPhoneOrder(candidates, sort, i18n.language),
    [candidates, sort, i18n.language],
  )
  const liveSenders = senders.state.status === 'ready' ? senders.state.value : []
  const chosenSender =
    senderId ?? (liveSenders.length === 1 ? String(liveSenders[0]?.id ?? '') : null)
  const toggle = (e164: string) => {
    setTicked((before) => {
      const next = new Set(before)
      if (next.has(e164)) next.delete(e164)
      else next.add(e164)
      return next
    })
  }
  const sizeProblem =
    ticked.size > phoneListCapacity
      ? t('phoneLists.checklist.tooMany')
      : ticked.size < phoneListMinimum
        ? t('phoneLists.checklist.tooFew')
        : null

  const submit = async () => {
    if (chosenSender === null || sizeProblem !== null) return
    setBusy(true)
    setError(null)
    try {
      const made = await api.call('phoneLists.record', {
        listId,
        senderId: Number(chosenSender),
        name: name.trim(),
        ...(madeAtMs === undefined ? {} : { madeAt: madeAtMs }),
        e164s: people.filter((p) => ticked.has(p.e164)).map((p) => p.e164),
      })
      notifications.show({
        color: 'teal',
        message: t('phoneLists.record.saved', { name: made.name, count: made.onPhone.length }),
      })
      onClose()
    } catch (thrown) {
      setError(errorMessage(thrown, t))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('phoneLists.wizard.title', { name: listName })}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('phoneLists.wizard.guideTitle')}
          </Title>
          <PhoneGuide sort={sort} onSortChange={setSort} />
        </Stack>

        <Stack gap="xs" data-testid="phone-checklist">
          <Title order={3} size="h5">
            {t('phoneLists.wizard.checklistTitle')}
          </Title>
          <Text fz="sm" c="dimmed">
            {t('phoneLists.checklist.explain')}
          </Text>
          {people.length === 0 ? (
            <Alert color="yellow">{t('phoneLists.checklist.nobody')}</Alert>
          ) : (
            <>
              <Group justify="space-between" wrap="wrap">
                <SegmentedControl
                  size="xs"
                  aria-label={t('phoneLists.checklist.order')}
                  value={sort}
                  onChange={(value) => {
                    setSort(value === 'last' ? 'last' : 'first')
                  }}
                  data={[
                    { value: 'first', label: t('phoneLists.checklist.byFirst') },
                    { value: 'last', label: t('phoneLists.checklist.byLast') },
                  ]}
                />
                <Group gap="xs">
                  <Text fz="sm" fw={600} data-testid="phone-checklist-count">
                    {t('phoneLists.checklist.ticked', {
                      ticked: ticked.size,
                      total: people.length,
                    })}
                  </Text>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    onClick={() => {
                      setTicked(
                        ticked.size === people.length
                          ? new Set()
                          : new Set(people.map((p) => p.e164)),
                      )
                    }}
                  >
                    {ticked.size === people.length
                      ? t('phoneLists.checklist.tickNone')
                      : t('phoneLists.checklist.tickAll')}
                  </Button>
                </Group>
              </Group>
              <ScrollArea.Autosize mah={280} type="auto">
                <Stack gap={4}>
                  {people.map((p, index) => (
                    <Checkbox
                      key={p.e164}
                      checked={ticked.has(p.e164)}
                      onChange={() => {
                        toggle(p.e164)
                      }}
                      label={
                        <Text fz="sm" component="span">
                          <Text component="span" c="dimmed" fz="xs">
                            {index + 1}.{' '}
                          </Text>
                          {phoneName(p, sort)}{' '}
                          <Text component="span" c="dimmed" fz="xs">
                            {p.e164}
                          </Text>
                        </Text>
                      }
                    />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </>
          )}
          <Accordion variant="contained" chevronPosition="left">
            <Accordion.Item value="missing">
              <Accordion.Control>
                <Text fz="sm" fw={600}>
                  {t('phoneLists.wizard.missingTitle')}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <MoveContactsHelp listId={listId} showToAdd={false} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>

        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('phoneLists.wizard.recordTitle')}
          </Title>
          {senders.state.status === 'ready' && liveSenders.length === 0 ? (
            <Alert color="yellow">{t('phoneLists.record.noSenders')}</Alert>
          ) : (
            <Select
              label={t('phoneLists.record.sender')}
              placeholder={t('phoneLists.record.senderPlaceholder')}
              data={liveSenders.map((s) => ({
                value: String(s.id),
                label: `${s.label} · ${s.phone}`,
              }))}
              value={chosenSender}
              onChange={setSenderId}
              allowDeselect={false}
            />
          )}
          <Group grow align="flex-start">
            <TextInput
              label={t('phoneLists.record.name')}
              value={name}
              maxLength={100}
              onChange={(event) => {
                setName(event.currentTarget.value)
              }}
            />
            <TextInput
              type="datetime-local"
              label={t('phoneLists.record.madeAt')}
              description={t('phoneLists.record.madeAtHint')}
              value={madeAt}
              onChange={(event) => {
                setMadeAt(event.currentTarget.value)
              }}
            />
          </Group>
          {ticked.size > 0 && sizeProblem !== null && (
            <Text fz="sm" c="red">
              {sizeProblem}
            </Text>
          )}
          {error !== null && (
            <Alert color="red" data-testid="phone-record-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              loading={busy}
              disabled={
                chosenSender === null ||
                sizeProblem !== null ||
                name.trim() === '' ||
                (madeAtMs !== undefined && Number.isNaN(madeAtMs))
              }
              onClick={() => void submit()}
            >
              {t('phoneLists.record.submit')}
            </Button>
          </Group>
        </Stack>
      </Stack>
    </Modal>
  )
}

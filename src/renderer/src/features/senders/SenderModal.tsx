import {
  Alert,
  Button,
  Chip,
  Group,
  Input,
  Modal,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react'
import { useMemo, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { assistedOpeners, defaultWarmUp, hardLimits, type Sender } from '../../../../shared/senders'
import { useApi } from '../../api/api-context'
import { ApiCallError } from '../../api/errors'
import { errorMessage, issueText } from '../../i18n/error-message'
import {
  ageInDays,
  allowanceAt,
  defaultAllowanceFrom,
  fieldOfIssue,
  localDate,
  senderProblems,
  systemTimeZone,
  timeZoneChoices,
  toSenderForm,
  toSenderInput,
  zoneOffset,
  type SenderField,
  type SenderForm,
  type SenderProblem,
} from './sender-form'
import { weekdayNames } from './week'

/** The core's refinement messages that the form has words for. */
const knownIssues: Partial<Record<string, SenderProblem>> = {
  window_end_before_start: 'endBeforeStart',
  gap_min_over_max: 'gapMinOverMax',
}

interface Props {
  /** The sender to edit; none: a new one. */
  sender?: Sender
  onClose: () => void
  onSaved?: (sender: Sender) => void
}

/** A sender number's settings: who, since when, when it may send, and its limits. */
export function SenderModal({ sender, onClose, onSaved }: Props) {
  const { t, i18n } = useTranslation()
  const api = useApi()
  const today = localDate(new Date())
  const zone = systemTimeZone()
  const [form, setForm] = useState<SenderForm>(() => toSenderForm(sender, today, zone))
  const [showProblems, setShowProblems] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>()

  const problems = senderProblems(form, today)
  const serverFields: Partial<Record<SenderField, string>> = {}
  const rest: string[] = []
  if (failure instanceof ApiCallError && failure.code === 'invalid_input') {
    for (const issue of failure.issues) {
      const field = fieldOfIssue(issue.path)
      const problem = knownIssues[issue.message]
      if (field)
        serverFields[field] ??= problem ? t(`senders.problems.${problem}`) : issueText(issue, t)
      else rest.push(issueText(issue, t))
    }
  }
  const fieldError = (field: SenderField): string | undefined => {
    const problem = showProblems ? problems[field] : undefined
    if (problem) return t(`senders.problems.${problem}`)
    return serverFields[field]
  }

  const edit = (change: Partial<SenderForm>) => {
    setForm((current) => ({ ...current, ...change }))
    setFailure(undefined)
  }

  const save = async (event: SyntheticEvent) => {
    event.preventDefault()
    setShowProblems(true)
    if (Object.keys(problems).length > 0) return
    setBusy(true)
    setFailure(undefined)
    try {
      const saved = await api.call('senders.save', toSenderInput(form, sender?.id))
      notifications.show({
        color: 'teal',
        message: t('senders.modal.saved', { label: saved.label }),
      })
      onSaved?.(saved)
      onClose()
    } catch (error) {
      setFailure(error)
      setBusy(false)
    }
  }

  const zones = useMemo(() => {
    const now = new Date()
    return timeZoneChoices(zone, sender?.timeZone ?? '').map((value) => ({
      value,
      label: `${value.replace(/_/g, ' ')} (${zoneOffset(value, now, i18n.language)})`,
    }))
  }, [zone, sender?.timeZone, i18n.language])
  const weekdays = weekdayNames(i18n.language)
  const age = ageInDays(form.startedOn, today)
  const h = hardLimits

  const summary =
    failure === undefined
      ? undefined
      : failure instanceof ApiCallError && failure.code === 'invalid_input'
        ? [t('errors.invalid_input'), ...rest].join(' ')
        : errorMessage(failure, t)

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={
        sender ? t('senders.modal.editTitle', { label: sender.label }) : t('senders.modal.addTitle')
      }
      styles={{ title: { fontWeight: 700 } }}
    >
      <form onSubmit={(event) => void save(event)} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('senders.modal.label')}
              placeholder={t('senders.modal.labelPlaceholder')}
              description={t('senders.modal.labelHint')}
              value={form.label}
              onChange={(event) => {
                edit({ label: event.currentTarget.value })
              }}
              maxLength={60}
              required
              error={fieldError('label')}
              data-autofocus
            />
            <TextInput
              label={t('senders.modal.phone')}
              placeholder={t('senders.modal.phonePlaceholder')}
              description={t('senders.modal.phoneHint')}
              type="tel"
              value={form.phone}
              onChange={(event) => {
                edit({ phone: event.currentTarget.value })
              }}
              maxLength={64}
              required
              error={fieldError('phone')}
            />
          </SimpleGrid>
          <TextInput
            label={t('senders.modal.startedOn')}
            description={t('senders.modal.startedOnHint')}
            type="date"
            max={today}
            value={form.startedOn}
            onChange={(event) => {
              edit({ startedOn: event.currentTarget.value })
            }}
            required
            error={fieldError('startedOn')}
            w="100%"
          />
          <Text fz="sm" c="teal.8" mt={-8}>
            {t('senders.modal.ageNow', { count: age, allowed: allowanceAt(form, age) })}
          </Text>

          <Section title={t('senders.modal.window')} hint={t('senders.modal.windowHint')} />
          <Select
            label={t('senders.modal.timeZone')}
            description={t('senders.modal.timeZoneHint')}
            data={zones}
            value={form.timeZone}
            onChange={(value) => {
              if (value !== null) edit({ timeZone: value })
            }}
            searchable
            allowDeselect={false}
            error={fieldError('timeZone')}
          />
          <Group align="flex-start" grow>
            <TextInput
              label={t('senders.modal.windowStart')}
              type="time"
              value={form.windowStart}
              onChange={(event) => {
                edit({ windowStart: event.currentTarget.value })
              }}
            />
            <TextInput
              label={t('senders.modal.windowEnd')}
              type="time"
              value={form.windowEnd}
              onChange={(event) => {
                edit({ windowEnd: event.currentTarget.value })
              }}
              error={fieldError('windowEnd')}
            />
          </Group>
          <Input.Wrapper label={t('senders.modal.days')} error={fieldError('days')}>
            <Chip.Group
              multiple
              value={form.days.map(String)}
              onChange={(values) => {
                edit({ days: values.map(Number).sort((a, b) => a - b) })
              }}
            >
              <Group gap={6} mt={6}>
                {weekdays.map((name, index) => (
                  <Chip key={name} value={String(index + 1)} size="sm" variant="outline">
                    {name}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
          </Input.Wrapper>

          <Section title={t('senders.modal.limits')} hint={t('senders.modal.limitsHint')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('senders.modal.gapMin')}
              description={t('senders.modal.atMost', { max: h.gapMaxSeconds })}
              min={h.gapMinSeconds}
              max={h.gapMaxSeconds}
              clampBehavior="strict"
              allowDecimal={false}
              allowNegative={false}
              value={form.gapMinSeconds}
              onChange={(value) => {
                edit({ gapMinSeconds: value })
              }}
            />
            <NumberInput
              label={t('senders.modal.gapMax')}
              description={t('senders.modal.atMost', { max: h.gapMaxSeconds })}
              min={h.gapMinSeconds}
              max={h.gapMaxSeconds}
              clampBehavior="strict"
              allowDecimal={false}
              allowNegative={false}
              value={form.gapMaxSeconds}
              onChange={(value) => {
                edit({ gapMaxSeconds: value })
              }}
              error={fieldError('gapMaxSeconds')}
            />
          </SimpleGrid>
          <Text fz="xs" c="dimmed" mt={-8}>
            {t('senders.modal.gapHint', { min: h.gapMinSeconds, max: h.gapMaxSeconds })}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NumberInput
              label={t('senders.modal.perHour')}
              description={t('senders.modal.atMost', { max: h.perHour })}
              min={1}
              max={h.perHour}
              clampBehavior="strict"
              allowDecimal={false}
              allowNegative={false}
              value={form.perHour}
              onChange={(value) => {
                edit({ perHour: value })
              }}
            />
            <NumberInput
              label={t('senders.modal.newChatsPerDay')}
              description={t('senders.modal.atMost', { max: h.newChatsPerDay })}
              min={0}
              max={h.newChatsPerDay}
              clampBehavior="strict"
              allowDecimal={false}
              allowNegative={false}
              value={form.newChatsPerDay}
              onChange={(value) => {
                edit({ newChatsPerDay: value })
              }}
            />
            <NumberInput
              label={t('senders.modal.activeChats')}
              description={t('senders.modal.atMost', { max: h.activeChats })}
              min={1}
              max={h.activeChats}
              clampBehavior="strict"
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator=" "
              value={form.activeChats}
              onChange={(value) => {
                edit({ activeChats: value })
              }}
            />
          </SimpleGrid>

          <WarmUpTable form={form} edit={edit} />

          <Section title={t('senders.modal.opener')} hint={t('senders.modal.openerHint')} />
          <Radio.Group
            value={form.assistedOpener}
            onChange={(value) => {
              const opener = assistedOpeners.find((entry) => entry === value)
              if (opener) edit({ assistedOpener: opener })
            }}
            aria-label={t('senders.modal.opener')}
          >
            <Stack gap="xs">
              {assistedOpeners.map((opener) => (
                <Radio
                  key={opener}
                  value={opener}
                  label={t(`senders.modal.openerOption.${opener}`)}
                />
              ))}
            </Stack>
          </Radio.Group>

          {summary !== undefined && (
            <Alert color="red" icon={<IconAlertTriangle />} title={t('senders.modal.saveFailed')}>
              {summary}
            </Alert>
          )}
          <Group
            justify="flex-end"
            gap="sm"
            pos="sticky"
            bottom={0}
            py="sm"
            bg="var(--mantine-color-body)"
            style={{ zIndex: 1 }}
          >
            <Button variant="default" onClick={onClose}>
              {t('senders.modal.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('senders.modal.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

/** A part of the form: a rule above, its name and what it is for. */
function Section({ title, hint }: { title: string; hint: string }) {
  return (
    <Stack gap={2} mt="xs" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text fz="sm" c="dimmed">
        {hint}
      </Text>
    </Stack>
  )
}

interface WarmUpProps {
  form: SenderForm
  edit: (change: Partial<SenderForm>) => void
}

/** The warm-up steps by age; each allowance can be lowered, never raised above the default. */
function WarmUpTable({ form, edit }: WarmUpProps) {
  const { t } = useTranslation()
  const dayLabel = (fromDay: number) =>
    fromDay === 0
      ? t('senders.modal.warmUpFirstDay')
      : t('senders.modal.warmUpDay', { count: fromDay + 1 })
  const isDefault =
    form.warmUp.length === defaultWarmUp.length &&
    form.warmUp.every(
      (step, i) =>
        step.fromDay === defaultWarmUp[i]?.fromDay &&
        step.newChatsPerDay === defaultWarmUp[i].newChatsPerDay,
    )

  return (
    <Stack gap={6}>
      <div>
        <Text fw={500} fz="sm">
          {t('senders.modal.warmUp')}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('senders.modal.warmUpHint')}
        </Text>
      </div>
      <Table withTableBorder verticalSpacing={4} maw={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('senders.modal.warmUpFromDay')}</Table.Th>
            <Table.Th w={160}>{t('senders.modal.warmUpChats')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {form.warmUp.map((step, index) => {
            const max = defaultAllowanceFrom(step.fromDay)
            return (
              <Table.Tr key={step.fromDay}>
                <Table.Td>
                  <Text fz="sm">{dayLabel(step.fromDay)}</Text>
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label={t('senders.modal.warmUpStep', { day: dayLabel(step.fromDay) })}
                    min={0}
                    max={max}
                    clampBehavior="strict"
                    allowDecimal={false}
                    allowNegative={false}
                    value={step.newChatsPerDay}
                    rightSection={
                      <Text fz={10} c="dimmed" pr={6}>
                        ≤ {max}
                      </Text>
                    }
                    rightSectionWidth={48}
                    onChange={(value) => {
                      const n = typeof value === 'number' ? value : 0
                      edit({
                        warmUp: form.warmUp.map((entry, i) =>
                          i === index ? { ...entry, newChatsPerDay: Math.min(max, n) } : entry,
                        ),
                      })
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconRestore size={14} />}
          disabled={isDefault}
          onClick={() => {
            edit({ warmUp: defaultWarmUp.map((step) => ({ ...step })) })
          }}
        >
          {t('senders.modal.warmUpReset')}
        </Button>
      </Group>
    </Stack>
  )
}

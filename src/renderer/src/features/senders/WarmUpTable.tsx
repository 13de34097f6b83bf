import { Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core'
import { IconRestore } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { defaultWarmUp } from '../../../../shared/senders'
import { defaultAllowanceFrom, type SenderFieldsProps } from './sender-form'

/** The warm-up steps by age; each allowance can be lowered, never raised above the default. */
export function WarmUpTable({ form, edit }: Omit<SenderFieldsProps, 'fieldError'>) {
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
  const setStep = (index: number, newChatsPerDay: number) => {
    edit({
      warmUp: form.warmUp.map((entry, i) => (i === index ? { ...entry, newChatsPerDay } : entry)),
    })
  }

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
                      setStep(index, Math.min(max, typeof value === 'number' ? value : 0))
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

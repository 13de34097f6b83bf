import { Group, Text } from '@mantine/core'
import { IconMessageOff } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { AddButtons } from './AddButtons'

interface Props {
  onAddNumbers: () => void
  onImportFile: () => void
}

/** An empty list: what it is for, that it outlives contacts, and how to fill it. */
export function OptOutsEmptyState({ onAddNumbers, onImportFile }: Props) {
  const { t } = useTranslation()
  return (
    <SectionEmptyState
      icon={<IconMessageOff size={36} stroke={1.5} />}
      title={t('optOuts.emptyTitle')}
      purpose={t('optOuts.emptyPurpose')}
    >
      <Text c="dimmed" ta="center">
        {t('optOuts.emptyIndependent')}
      </Text>
      <Text fw={500} ta="center">
        {t('optOuts.emptyFirstStep')}
      </Text>
      <Group gap="sm" justify="center">
        <AddButtons onAddNumbers={onAddNumbers} onImportFile={onImportFile} />
      </Group>
    </SectionEmptyState>
  )
}

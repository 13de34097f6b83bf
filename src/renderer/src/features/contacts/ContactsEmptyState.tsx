import { List, Text, ThemeIcon } from '@mantine/core'
import { IconAddressBook, IconFileTypeCsv, IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { PageLayout } from '../../components/PageLayout'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { FirstRunGuide } from '../first-run/FirstRunGuide'
import { ImportButton } from './ImportButton'

const sources = ['sourceGoogle', 'sourceOutlook', 'sourceExcel', 'sourceVcard'] as const

/** An empty book: what it is for, where a file of contacts comes from, and the import. */
export function ContactsEmptyState({ onImport }: { onImport: () => void }) {
  const { t } = useTranslation()
  return (
    <PageLayout title={t('nav.contacts')}>
      <FirstRunGuide />
      <SectionEmptyState
        icon={<IconAddressBook size={36} stroke={1.5} />}
        title={t('contacts.emptyTitle')}
        purpose={t('contacts.emptyPurpose')}
      >
        <Text fw={500} ta="center">
          {t('contacts.emptyFirstStep')}
        </Text>
        <List
          ta="left"
          spacing="xs"
          center
          icon={
            <ThemeIcon size={24} radius="xl" variant="light">
              <IconFileTypeCsv size={16} />
            </ThemeIcon>
          }
        >
          {sources.map((source) => (
            <List.Item key={source}>{t(`contacts.${source}`)}</List.Item>
          ))}
        </List>
        <ImportButton onClick={onImport} />
        <Text c="dimmed" fz="sm" ta="center">
          <IconLock size={14} style={{ verticalAlign: '-2px', marginInlineEnd: 6 }} />
          {t('contacts.privacy')}
        </Text>
      </SectionEmptyState>
    </PageLayout>
  )
}

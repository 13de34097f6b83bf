import { Button, Group, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconAddressBook, IconFilter, IconListDetails, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useApi } from '../../api/api-context'
import { useApiQuery } from '../../api/use-api-query'
import { PageLayout } from '../../components/PageLayout'
import { QueryStateView } from '../../components/QueryStateView'
import { SectionEmptyState } from '../../components/SectionEmptyState'
import { useNavigation } from '../../stores/navigation'
import { FirstRunGuide } from '../first-run/FirstRunGuide'
import { ListBuilderDialog } from './ListBuilderDialog'
import { ListEditor } from './ListEditor'
import { ListNameModal } from './ListNameModal'
import { ListsTable } from './ListsTable'
import { useListsView } from './lists-view'
import { useLists } from './use-lists'
import { useOpenBuilt } from './use-open-built'

/** The Lists section: the overview of every list, or the one list being edited. */
export function ListsPage() {
  const openId = useListsView((state) => state.openId)
  return openId === null ? <ListsOverview /> : <ListEditor key={openId} id={openId} />
}

function ListsOverview() {
  const { t } = useTranslation()
  const api = useApi()
  const goTo = useNavigation((state) => state.goTo)
  const open = useListsView((state) => state.open)
  const openBuilt = useOpenBuilt()
  const { state, reload } = useLists()
  // Whether the book has anyone: an empty book needs contacts before any list.
  const book = useApiQuery('contacts.query', { limit: 1 })
  const [dialog, setDialog] = useState<'create' | 'build'>()

  const hasContacts = book.state.status === 'ready' && book.state.value.total > 0
  const actions = (
    <Group gap="sm" wrap="nowrap">
      <Button
        variant="default"
        leftSection={<IconPlus size={18} />}
        onClick={() => {
          setDialog('create')
        }}
      >
        {t('lists.newList')}
      </Button>
      <Button
        leftSection={<IconFilter size={18} />}
        onClick={() => {
          setDialog('build')
        }}
      >
        {t('lists.newFromFilter')}
      </Button>
    </Group>
  )

  const body = (
    <QueryStateView
      state={state}
      failedTitle={t('lists.loadFailed')}
      retryLabel={t('lists.retry')}
      onRetry={reload}
    >
      {(value) =>
        value.length === 0 ? (
          <SectionEmptyState
            icon={<IconListDetails size={36} stroke={1.5} />}
            title={t('lists.emptyTitle')}
            purpose={t('lists.emptyPurpose')}
          >
            <Text fw={500} ta="center">
              {hasContacts ? t('lists.emptyWithContacts') : t('lists.emptyFirstStep')}
            </Text>
            {hasContacts ? (
              actions
            ) : (
              <Button
                leftSection={<IconAddressBook size={18} />}
                onClick={() => {
                  goTo('contacts')
                }}
              >
                {t('lists.goToContacts')}
              </Button>
            )}
          </SectionEmptyState>
        ) : (
          <ListsTable lists={value} onOpen={open} />
        )
      }
    </QueryStateView>
  )

  const showHeaderActions = state.status === 'ready' && state.value.length > 0
  return (
    <PageLayout title={t('nav.lists')} actions={showHeaderActions ? actions : undefined}>
      <FirstRunGuide />
      {body}
      {dialog === 'create' && (
        <ListNameModal
          mode="create"
          initial={{ name: '', description: '' }}
          onClose={() => {
            setDialog(undefined)
          }}
          onSubmit={async ({ name, description }) => {
            const list = await api.call('lists.create', { name, description, contactIds: [] })
            notifications.show({ color: 'teal', message: t('lists.created', { name: list.name }) })
            open(list.id)
          }}
        />
      )}
      {dialog === 'build' && (
        <ListBuilderDialog
          onClose={() => {
            setDialog(undefined)
          }}
          onBuilt={openBuilt}
        />
      )}
    </PageLayout>
  )
}
